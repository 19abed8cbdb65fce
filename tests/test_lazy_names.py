"""Packages that load their names on first use still behave like plain modules."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = {
    "after_hours.availability.mail": "MailStore",
    "after_hours.availability.report": "compose_report",
    "after_hours.availability.triage": "triage",
    "after_hours.availability.cli": "build_parser",
    "after_hours.availability.calendars": "ImportSummary",
}


@pytest.mark.parametrize(("package", "name"), PACKAGES.items())
def test_a_listed_name_is_its_modules_object_and_stays_in_the_package(
    package: str, name: str
) -> None:
    module = importlib.import_module(package)
    value = getattr(module, name)
    assert value.__module__.startswith(package)
    assert vars(module)[name] is value  # the next lookup is a plain attribute


@pytest.mark.parametrize("package", PACKAGES)
def test_an_unknown_name_is_an_attribute_error_naming_it(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018
    assert not hasattr(module, "no_such_name")
