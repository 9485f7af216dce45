"""A quiet offer of a values check where the person is: as a try-on begins, when its days are over,
and (the first check) on the first start.

Step 10 of the wizard (where "Begin trying it on" is) and the list of experiments each hold one, which
shows the program's suggestion (``ValuesCheckService.suggestions``) for the try-on at hand, or the
first one; the welcome of a first start holds one for the first check (``offer_first``). "Take a
Values Check" opens the Values area with the check begun (linked to the try-on); "Not Now" puts the
offer aside for good (the Values area still shows it). Its words are the Values area's suggestion
too; the Values page takes the check and keeps the offers put aside.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from valuesdesk.domain.life_domains import CheckMoment
from valuesdesk.ui.widgets.announce import announce
from valuesdesk.ui.wizard.fields import push_button, wrapping_label

if TYPE_CHECKING:
    from valuesdesk.services.values_check import SuggestedCheck
    from valuesdesk.ui.values.page import ValuesPage

PageT = TypeVar("PageT", bound=QWidget)


def suggestion_text(suggestion: SuggestedCheck) -> str:
    """Why a check is suggested now, in the try-on's own terms."""
    if suggestion.moment is CheckMoment.START:
        text = QCoreApplication.translate(
            "ValuesPage", "Your try-on of “%1” has begun. A check now lets you see later what it changed."
        )
    else:
        text = QCoreApplication.translate(
            "ValuesPage", "The days of your try-on of “%1” are over. A check now shows what changed since it began."
        )
    return text.replace("%1", suggestion.experiment.title)


@runtime_checkable
class HasAreas(Protocol):
    """The main window, as far as an offer needs it: the Values area's page."""

    def area_page(self, kind: type[PageT]) -> PageT: ...


class CheckOffer(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion: SuggestedCheck | None = None
        self.first = False  # offering the first check, linked to no try-on
        self.text = wrapping_label("")
        self.take_button = push_button(self.tr("Take a Values Check"))
        self.take_button.clicked.connect(self.take)
        self.dismiss_button = push_button(self.tr("Not Now"))
        self.dismiss_button.setAccessibleDescription(self.tr("Puts this offer aside; the Values area still has it."))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.take_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def _values_page(self) -> ValuesPage | None:
        # Imported here: the Values page imports the wizard, whose step 10 holds an offer.
        from valuesdesk.ui.values.page import ValuesPage

        window = self.window()
        return window.area_page(ValuesPage) if isinstance(window, HasAreas) else None

    def offer(self, suggestions: Iterable[SuggestedCheck], experiment_id: int | None = None) -> None:
        """Show the first of ``suggestions`` (for ``experiment_id`` only, when given) not put aside; else hide.
        Outside a window with a Values area there is nowhere to take a check: nothing shows."""
        page = self._values_page()
        shown = [] if page is None else [suggestion for suggestion in suggestions if not page.is_dismissed(suggestion)]
        wanted = (suggestion for suggestion in shown if experiment_id in (None, suggestion.experiment.id))
        self.suggestion, self.first = next(wanted, None), False
        if self.suggestion is not None:
            self._say(
                suggestion_text(self.suggestion), self.tr("Opens the Values area with a check linked to this try-on.")
            )
        self.setVisible(self.suggestion is not None)

    def offer_first(self, has_checks: bool) -> None:
        """The first check, until one is taken or the offer is put aside; skipping it asks nothing more."""
        page = self._values_page()
        self.suggestion, self.first = None, not has_checks and page is not None and not page.is_dismissed(None)
        if self.first:
            self._say(
                self.tr(
                    "A values check shows which parts of life matter most to you, and where your life is furthest "
                    "from them. It takes a few minutes."
                ),
                self.tr("Opens the Values area with a new check."),
            )
        self.setVisible(self.first)

    def _say(self, text: str, take_description: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self.take_button.setAccessibleDescription(take_description)

    def take(self) -> None:
        page, suggestion = self._values_page(), self.suggestion
        if page is not None and (suggestion is not None or self.first):
            self.hide()
            page.take_check(suggestion)

    def dismiss(self) -> None:
        page, suggestion = self._values_page(), self.suggestion
        if page is not None and (suggestion is not None or self.first):
            page.dismiss(suggestion)
            # Its buttons gone, the focus would fall to whatever follows: the host's next field.
            self.focusNextChild()
            self.hide()
            announce(self, self.tr("Put aside. The Values area still offers the check."))
