"""Settings group "Hours from my calendar": subscribe, refresh, unsubscribe (docs/schedule.md).

The address is typed into a password field, goes straight to the keyring through
:class:`CalendarFeed` and is only ever shown masked. Before a calendar replaces hours already
set, the user sees in words what was understood and confirms.

Showing the group reads only the saved state (``SubscriptionState``, stdlib); the feed service,
with icalendar, recurring-ical-events and the keyring (about a hundred modules, several MB),
loads when the user subscribes, refreshes or unsubscribes (docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.calendars.subscription import (
    DEFAULT_EVERY_HOURS,
    MIN_EVERY_HOURS,
    SubscriptionState,
    when_words,
)
from after_hours.ui.base.services import Services

if TYPE_CHECKING:  # the HTTPS, keyring and iCalendar code loads after the first paint
    from after_hours.availability.calendars.feed_service import CalendarFeed, RefreshOutcome
    from after_hours.availability.calendars.understood import ImportSummary

# Where the subscription's state is saved (feed_service.SETTING; the tray and Today read it too).
STATE_SETTING = "calendar.subscription"

# Shown what was understood, and whether it replaces hours already set; True to go ahead.
Confirm = Callable[["ImportSummary", bool], bool]


def calendar_feed(services: Services) -> CalendarFeed:
    from after_hours.availability.calendars.feed_service import CalendarFeed

    return CalendarFeed(
        services.settings,
        services.schedules,
        services.clock,
        default_zone=services.settings.display_zone_name(),
    )


class CalendarGroup(QGroupBox):
    """Subscribe to a calendar's secret iCal / published ICS address."""

    subscribed = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        feed: CalendarFeed | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(self.tr("Hours from my calendar"), parent)
        self.services = services
        self._feed = feed
        self._confirm = confirm or self.ask
        self.address = QLineEdit()
        self.address.setEchoMode(QLineEdit.EchoMode.Password)
        self.address.setAccessibleName(self.tr("Calendar address"))
        self.address.setPlaceholderText(self.tr("https://… or webcal://… (secret iCal address)"))
        self.cafile = QLineEdit()
        self.cafile.setAccessibleName(self.tr("Certificate authority file"))
        self.cafile.setPlaceholderText(self.tr("only for a self-hosted server with its own CA"))
        self.every = QDoubleSpinBox()
        self.every.setAccessibleName(self.tr("Refresh every (hours)"))
        self.every.setRange(MIN_EVERY_HOURS, 168)
        self.every.setDecimals(2)
        self.every.setSuffix(self.tr(" h"))
        self.every.setValue(DEFAULT_EVERY_HOURS)
        self.every.valueChanged.connect(self._set_every)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subscribe_button = QPushButton(self.tr("Su&bscribe"))
        self.subscribe_button.clicked.connect(self.subscribe)
        self.refresh_button = QPushButton(self.tr("Refresh &now"))
        self.refresh_button.clicked.connect(self.refresh_now)
        self.unsubscribe_button = QPushButton(self.tr("&Unsubscribe"))
        self.unsubscribe_button.clicked.connect(self.unsubscribe)

        form = QFormLayout()
        form.addRow(self.tr("Calendar &address"), self.address)
        form.addRow(self.tr("Refresh &every"), self.every)
        form.addRow(self.tr("CA &file (optional)"), self.cafile)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unsubscribe_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.subscribe_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Paste the secret iCal address (Google), the published ICS link (Outlook), "
                    "a public iCloud or Nextcloud link. Anyone holding it reads your calendar: "
                    "it is kept only in your system keyring."
                )
            )
        )
        layout.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.show_state()

    @property
    def feed(self) -> CalendarFeed:
        """The feed service, loaded on first use (see the module docstring)."""
        if self._feed is None:
            self._feed = calendar_feed(self.services)
        return self._feed

    def saved_state(self) -> SubscriptionState | None:
        """The subscription as saved, read without loading the feed service."""
        if self._feed is not None:
            return self._feed.state()
        doc = self.services.settings.get(STATE_SETTING)
        return SubscriptionState.from_dict(doc) if doc else None

    def _set_every(self, hours: float) -> None:
        if self.saved_state() is not None:  # nothing to change until subscribed
            self.feed.set_every(hours)

    # -- actions --------------------------------------------------------------------------

    def subscribe(self) -> bool:
        from after_hours.availability.calendars.feed_service import SubscriptionError

        address = self.address.text().strip()
        if not address:
            self.state.setText(self.tr("Paste your calendar's address first."))
            return False
        try:
            outcome = self.feed.subscribe(
                address,
                every_hours=self.every.value(),
                cafile=self.cafile.text().strip(),
                confirm=self._confirm,
            )
        except SubscriptionError as exc:
            self.state.setText(str(exc) + " " + self.tr("Nothing was changed."))
            return False
        self.address.clear()
        self._changed(outcome)
        self.subscribed.emit()
        return True

    def refresh_now(self) -> None:
        from after_hours.availability.calendars.feed_service import SubscriptionError

        try:
            outcome = self.feed.refresh()
        except SubscriptionError as exc:
            self.state.setText(str(exc))
            return
        self._changed(outcome)

    def unsubscribe(self) -> None:
        self.feed.unsubscribe()
        self.services.events.settings_changed.emit()
        self.show_state()

    def ask(self, summary: ImportSummary, replaces: bool) -> bool:
        """The confirm dialog: what became hours, on-call, time off and ignored."""
        question = (
            self.tr("These hours replace the ones you have now, from this moment.")
            if replaces
            else self.tr("These become your hours.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Hours from my calendar"),
            summary.text() + "\n\n" + question,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Ok

    # -- display --------------------------------------------------------------------------

    def _changed(self, outcome: RefreshOutcome) -> None:
        if outcome.changed:
            self.services.events.schedule_changed.emit()
        self.services.events.settings_changed.emit()
        self.show_state()

    def show_state(self) -> None:
        state = self.saved_state()
        subscribed = state is not None
        self.refresh_button.setEnabled(subscribed)
        self.unsubscribe_button.setEnabled(subscribed)
        if state is None:
            self.state.setText(self.tr("Not subscribed."))
            return
        self.every.blockSignals(True)
        self.every.setValue(state.every_hours)
        self.every.blockSignals(False)
        zone = self.services.display_zone()
        lines = [self.tr("Subscribed to %s") % state.masked]
        if state.last_ok:
            lines.append(self.tr("Last read %s.") % when_words(state.last_ok, zone))
        problem = state.problem(zone)
        if problem:
            lines.append(problem[0].upper() + problem[1:] + ".")
        lines.extend(state.summary)
        self.state.setText("\n".join(lines))
