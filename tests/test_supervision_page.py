"""The Reports page in the main window carries the 12-week chart and the export dialog."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages import PAGES
from after_hours.ui.pages.reports import ReportsPage
from tests.helpers import office_hours

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # Wed 10:00 Toronto


def make_services(profile: Profile) -> Services:
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, ManualClock(datetime(2026, 1, 1, tzinfo=UTC))).save(
        office_hours(), source="test"
    )
    s = Services(profile, clock)
    for week in range(12):
        for n in range(week % 4):
            at = datetime(2026, 9, 2, 23, 30, tzinfo=UTC) + timedelta(weeks=week, days=n)
            s.contacts.log(NewContact(at, Channel.TEXT, client="J.D."))
    return s


def test_the_sidebar_shows_the_reports_page_with_the_export() -> None:
    (reports,) = [p for p in PAGES if p.key == "reports"]
    assert reports.factory.__qualname__ == "lazy(after_hours.ui.pages.reports:ReportsPage)"


def test_reports_page_draws_twelve_weeks_and_opens_the_export(
    qtbot, profile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = make_services(profile)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    points = page.chart.points()
    assert len(points) == 12 and points[-1].week_start == date(2026, 11, 23)
    assert sum(p.value for p in points) == services.contacts.count(after_hours=True)
    assert page.table.rowCount() > 0  # this week against the usual, under the chart
    page.export_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.deidentified.isChecked()
    dialog.format_md.setChecked(True)
    dialog.path.setText(str(tmp_path / "oct.md"))
    assert dialog.export(), dialog.message.text()
    text = (tmp_path / "oct.md").read_text()
    assert "1 Oct 2026 to 31 Oct 2026" in text and "J.D." not in text
