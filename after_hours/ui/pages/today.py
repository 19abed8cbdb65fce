"""Today: the status banner with a large state icon, any pause, what needs attention, the dashboard.

Today is the first page the app paints, so the dashboard (the burnout figures, the report's
chart, the self-checks) is built just after the page's first paint, from a zero-delay timer
(or at once when something asks for ``page.dashboard``): the status shows at once and the
figures follow a few tens of milliseconds later. A reason's button asks the shell to open the
Contacts page filtered to exactly that reason's contacts. The page opens the self-check
dialogs the dashboard asks for (widgets open no dialogs themselves).
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from after_hours.availability.agreement_review import overdue_reviews
from after_hours.availability.pause import resume_monitoring
from after_hours.availability.schedule import ExceptionKind, State
from after_hours.availability.status import short_when
from after_hours.availability.tray_state import past_when, pause_text, tray_view
from after_hours.ui.base.dates import day_month, decimal_text
from after_hours.ui.base.icons import svg_pixmap
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.qt_namespace import Qt, set_enum_property
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.common import card, heading, wrapped
from after_hours.ui.widgets.scroll_page import make_scrollable

if TYPE_CHECKING:
    from after_hours.ui.widgets.dashboard import DashboardPanel


class TodayPage(QWidget):
    """Re-draws on every change notice and at each window edge (one single-shot timer)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        banner = card()
        self.icon = QLabel()
        self.icon.setAccessibleName(self.tr("State icon"))
        self.icon.setFixedSize(96, 96)
        self.headline = heading("", 1.8)
        self.headline.setAccessibleName(self.tr("Status"))
        self.detail = wrapped("")
        # A waiting crisis puts a client's pseudonym in the headline, and a calendar or zone
        # name can reach the detail: plain text, so "<i>Z</i>" shows as typed.
        for label in (self.headline, self.detail):
            set_enum_property(label, "textFormat", "PlainText")  # Qt.X, by name
        # A waiting crisis is the headline, and its button sits right under it: first in the
        # Tab order as on the screen (it used to sit below "This week" and "Needs attention").
        self.open_crisis = QPushButton(self.tr("Open the &crisis panel"))
        self.open_crisis.clicked.connect(services.events.crisis_panel_requested)
        # The button at the left and the icon at the top by stretches, not by alignment flags:
        # this is the first frame, which does without the ``Qt`` namespace (qt_namespace.py).
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_crisis)
        button_row.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        text.addLayout(button_row)
        text.addStretch(1)
        icon_column = QVBoxLayout()
        icon_column.addWidget(self.icon)
        icon_column.addStretch(1)
        row = QHBoxLayout(banner)
        row.addLayout(icon_column)
        row.addLayout(text, 1)

        self.pause_row = QWidget()
        pause_layout = QHBoxLayout(self.pause_row)
        pause_layout.setContentsMargins(0, 0, 0, 0)
        self.pause_label = wrapped("")
        resume = QPushButton(self.tr("&Resume monitoring"))
        resume.clicked.connect(self._resume)
        pause_layout.addWidget(self.pause_label, 1)
        pause_layout.addWidget(resume)

        self.mail = wrapped("")
        self.mail.setAccessibleName(self.tr("Mailbox"))
        self.mail.setVisible(False)
        services.events.mail_status.connect(self.show_mail_status)
        self.calendar = wrapped("")  # "calendar not updated since ...", when it is so
        self.calendar.setAccessibleName(self.tr("Calendar subscription"))
        self.calendar.setVisible(False)
        self.week = wrapped("")
        self.week.setAccessibleName(self.tr("This week's hours"))
        self.attention_title = heading(self.tr("Needs attention"), 1.15)
        self.attention = wrapped("")
        set_enum_property(self.attention, "textFormat", "PlainText")  # pseudonyms are not markup
        self.attention.setAccessibleName(self.tr("Needs attention"))
        log_button = QPushButton(self.tr("&Log a contact... (Ctrl+L)"))
        log_button.clicked.connect(services.events.quick_log_requested)
        # The steps, lines and replies, from the window too (they were reachable only from
        # the tray); with a crisis waiting it opens that crisis.
        self.scripts_button = QPushButton(self.tr("Crisis &scripts... (Ctrl+K)"))
        self.scripts_button.setAccessibleName(self.tr("Crisis scripts: steps, lines, replies"))
        self.scripts_button.clicked.connect(services.events.crisis_panel_requested)
        actions = QHBoxLayout()
        actions.addWidget(log_button)
        actions.addWidget(self.scripts_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(banner)
        layout.addWidget(self.pause_row)
        layout.addWidget(self.mail)
        layout.addWidget(self.calendar)
        layout.addWidget(heading(self.tr("This week"), 1.15))
        layout.addWidget(self.week)
        layout.addWidget(self.attention_title)
        layout.addWidget(self.attention)
        layout.addLayout(actions)
        self.extra = QVBoxLayout()  # the dashboard, then later parts (next reminders)
        layout.addLayout(self.extra)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        ev = services.events
        for signal in (ev.schedule_changed, ev.settings_changed, ev.contacts_changed):
            signal.connect(self.refresh)
        ev.selfcheck_saved.connect(self._selfcheck_saved)
        self.refresh()

        self._dashboard: DashboardPanel | None = None
        self.selfcheck_dialog: QWidget | None = None
        # With the dashboard, Today is taller than a laptop screen.
        self.scroll = make_scrollable(self)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._build_dashboard)
        self.scroll.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint of the page, schedule the dashboard for just after it."""
        if (
            event.type() == QEvent.Type.Paint
            and self._dashboard is None
            and not self._later.isActive()
        ):
            self._later.start(0)
        return super().eventFilter(watched, event)

    @property
    def dashboard(self) -> DashboardPanel:
        """The dashboard panel, built now if the first paint has not happened yet."""
        if self._dashboard is None:
            self._build_dashboard()
        assert self._dashboard is not None
        return self._dashboard

    def _build_dashboard(self) -> None:
        if self._dashboard is not None:
            return
        self.scroll.widget().removeEventFilter(self)
        from after_hours.ui.widgets.dashboard import DashboardPanel

        panel = DashboardPanel(self.services)
        panel.reason_clicked.connect(self.services.events.contacts_requested)
        panel.selfcheck_requested.connect(self.open_selfcheck)
        self._dashboard = panel
        # First in ``extra``, above anything added meanwhile (the reminders feature adds
        # "Next reminders" there once the page exists).
        self.extra.insertWidget(0, panel)
        # The not-a-diagnosis line stays last, under those later additions too.
        inner = self.scroll.widget().layout()
        assert isinstance(inner, QVBoxLayout)
        at = next(i for i in range(inner.count()) if inner.itemAt(i).layout() is self.extra)
        inner.insertWidget(at + 1, panel.note)

    def open_selfcheck(self) -> QWidget:
        """The self-check questionnaire; saving one redraws the dashboard's scores."""
        from after_hours.availability.selfcheck import SelfCheckStore
        from after_hours.ui.dialogs.selfcheck import SelfCheckDialog

        s = self.services
        dialog = SelfCheckDialog(SelfCheckStore(s.profile.db, s.clock), s.clock, self)
        dialog.saved.connect(s.events.selfcheck_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.selfcheck_dialog = dialog
        return dialog

    def _selfcheck_saved(self) -> None:
        """Any self-check saved, here or from a reminder banner: the figures follow at once."""
        if self._dashboard is not None:  # not yet built: it reads the latest when it is
            self._dashboard.refresh_selfcheck()

    def show_mail_status(self, state: str, detail: str) -> None:
        self.mail.setVisible(bool(detail))
        self.mail.setText(self.tr("Mailbox: %s") % detail)

    def attention_items(self) -> list[str]:
        """Plain lines for "Needs attention"; empty when all is well."""
        s = self.services
        now = s.now()
        display = s.display_zone()
        items = []
        for c in s.waiting_crises(now):
            items.append(
                self.tr("Possible crisis not yet marked as handled: %s, %s")
                % (c.client or self.tr("no client named"), past_when(c.at, now, display))
            )
        if not s.schedules.has_schedule():
            items.append(
                self.tr("No weekly hours yet: set them on the Schedule page, or import an .ics.")
            )
        today = now.astimezone(display).date()
        # Not AgreementStore.overview(): that counts every contact ever logged, which takes a
        # noticeable moment on ten years of data, and Today must paint at once. Nor the
        # agreements themselves: two columns answer it (agreement_review.py).
        overdue = overdue_reviews(s.profile.db, today)
        missing = self.recent_off_hours_without_agreement(now)
        if overdue:
            items.append(self.tr("Agreement review overdue: %s") % self._names(overdue))
        if missing:
            items.append(
                self.tr("Off-hours contact in the last %d days but no agreement: %s")
                % (RECENT_DAYS, self._names(missing))
            )
        return items

    def _names(self, names: list[str], most: int = 6) -> str:
        """Say "A.B., J.D. and 3 more" (pseudonyms often end with a full stop already)."""
        shown = ", ".join(names[:most])
        if len(names) <= most:
            return shown
        more = len(names) - most
        return fill(self.tr("%1 and %n more", "", more), shown)

    def recent_off_hours_without_agreement(self, now: datetime) -> list[str]:
        """Clients with off-hours contact recently and no agreement, most contact first.

        One indexed query over the recent rows (``contacts_ts``), not a scan of the whole log.
        """
        since = int((now - timedelta(days=RECENT_DAYS)).timestamp())
        rows = self.services.profile.db.execute(
            "SELECT client FROM contacts WHERE ts >= ? AND classification != 'in_hours' "
            "AND direction = 'in' AND client IS NOT NULL "
            "AND client NOT IN (SELECT client FROM agreements) "
            "GROUP BY client ORDER BY count(*) DESC, client",
            [since],
        ).fetchall()
        return [str(r[0]) for r in rows]

    def refresh(self) -> None:
        s = self.services
        status = s.status()
        display = s.display_zone()
        pause = s.pause()
        crisis = s.crisis_waiting()
        view = tray_view(status, display, pause=pause, crisis=crisis)
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(svg_pixmap(view.icon_file, 96, ratio))
        lines = []
        if crisis is not None:
            # Beside the crisis triangle the headline is the crisis, never "Available until
            # 17:00" (issue 17); the availability moves to the line under it.
            self.headline.setText(view.headline)
            lines.append(status.headline(display) + ".")
        else:
            self.headline.setText(status.headline(display))
        schedule = s.schedules.current()
        if schedule is not None:
            if status.next_change:
                lines.append(
                    self.tr("Next change: %s.")
                    % short_when(status.next_change, status.at, display, weekday=True)
                )
            lines.append(self.tr("Your hours are kept in %s time.") % schedule.timezone)
        self.detail.setText(" ".join(lines))
        # Only a profile with a calendar subscription loads its module (ipaddress, urllib,
        # the state's dataclasses: about 3 ms before the first paint otherwise).
        document = s.settings.get("calendar.subscription")
        problem = None
        if document:
            from after_hours.availability.calendars.subscription import subscription_problem

            problem = subscription_problem(document, s.display_zone())
        self.calendar.setVisible(bool(problem))
        self.calendar.setText(
            (problem[0].upper() + problem[1:] + self.tr(". The last good hours are kept."))
            if problem
            else ""
        )
        self.pause_row.setVisible(pause is not None)
        if pause is not None:
            self.pause_label.setText(
                pause_text(pause, status.at, display)
                + self.tr(": reminders and mail alerts stay quiet. Contacts you log still count.")
            )
        self.week.setText(self.week_text(status.at, display))
        items = self.attention_items()
        self.open_crisis.setVisible(crisis is not None)
        self.attention.setText(
            "\n".join(f"• {i}" for i in items) if items else self.tr("Nothing waiting.")
        )
        self._timer.start(int(view.recheck_in.total_seconds() * 1000))

    def week_text(self, now: datetime, display: tzinfo) -> str:
        """Hours in and on call this week (Mon-Sun in the user's zone), and the next time away."""
        history = self.services.schedules.history()
        if not history.versions:
            return self.tr("No hours set yet.")
        local = now.astimezone(display)
        monday = datetime.combine(
            local.date() - timedelta(days=local.weekday()), datetime.min.time(), tzinfo=display
        )
        totals = {State.IN_HOURS: 0.0, State.ON_CALL: 0.0}
        for seg in history.segments(monday, monday + timedelta(days=7)):
            if seg.state in totals:
                totals[seg.state] += (seg.end - seg.start).total_seconds() / 3600
        text = self.tr("%s h of regular hours and %s h on call.") % (
            _hours(totals[State.IN_HOURS]),
            _hours(totals[State.ON_CALL]),
        )
        schedule = history.in_force(now)
        away = [
            x
            for x in (schedule.exceptions if schedule else ())
            if x.kind is ExceptionKind.UNAVAILABLE and x.end.replace(tzinfo=schedule.tz) > now  # type: ignore[union-attr]
        ]
        if away:
            first = min(away, key=lambda x: x.start)
            last = (first.end - timedelta(minutes=1)).date()
            start = day_month(first.start)
            if last == first.start.date():
                span = start
            else:
                span = fill(self.tr("%1 to %2"), start, day_month(last))
            if first.label:
                text += " " + fill(self.tr("Next time away: %1 (%2)."), span, first.label)
            else:
                text += " " + fill(self.tr("Next time away: %1."), span)
        return text

    def _resume(self) -> None:
        resume_monitoring(self.services.settings)
        self.services.events.settings_changed.emit()


RECENT_DAYS = 90


def _hours(value: float) -> str:
    return decimal_text(value)
