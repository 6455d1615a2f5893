"""A body's rules of deliberation: their text, the fields that edit them, their dialog."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from irev_desktop.domain.enums import MajorityRule, QuorumBasis, Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.dto import BodyDTO
from irev_desktop.model.inputs import BodyRules
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.pages.board.fields import ok_cancel, translate
from irev_desktop.ui.style import form_error_label
from irev_desktop.ui.vocabulary import term

MAX_FRACTION_TERM = 100
MAX_NOTICE_DAYS = 365


def rules_text(body: BodyDTO) -> str:
    """The body's rules of deliberation, one per line."""
    quorum = translate(
        "BoardPage", "Quorum : {fraction} des {basis} en fonction, présents ou représentés"
    ).format(
        fraction=f"{body.quorum_numerator}/{body.quorum_denominator}",
        basis=term(body.quorum_basis),
    )
    lines = [
        quorum,
        translate("BoardPage", "Vote : {weighting} ; {majority}").format(
            weighting=term(body.weighting), majority=term(body.majority)
        ),
        translate("BoardPage", "Pouvoirs : {n} au plus par mandataire").format(
            n=body.max_proxies_per_holder
        ),
        translate(
            "BoardPage", "Convocation : {days} jours avant ({urgent} en cas d'urgence)"
        ).format(days=body.notice_days, urgent=body.urgent_notice_days),
    ]
    if body.chair_casting_vote:
        lines.append(
            translate("BoardPage", "Voix prépondérante de la présidence en cas de partage")
        )
    return "\n".join(lines)


def rules_of(body: BodyDTO) -> BodyRules:
    """The rules a body holds, as the services take them."""
    return BodyRules(**{field.name: getattr(body, field.name) for field in fields(BodyRules)})


def enum_combo(members: type[QuorumBasis] | type[Weighting] | type[MajorityRule]) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(term(member), member.value)
    return combo


class BodyRulesForm(QWidget):
    """The fields of a body's rules: quorum, weighting, majority, proxies, notice, casting
    vote. One widget wherever rules are typed, so that they always read the same."""

    def __init__(self, parent: QWidget | None = None, rules: BodyRules | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.numerator_spin = QSpinBox()
        self.numerator_spin.setObjectName("quorumNumerator")
        self.denominator_spin = QSpinBox()
        self.denominator_spin.setObjectName("quorumDenominator")
        for spin in (self.numerator_spin, self.denominator_spin):
            spin.setRange(1, MAX_FRACTION_TERM)
        fraction = QHBoxLayout()
        fraction.addWidget(self.numerator_spin)
        fraction.addWidget(QLabel("/"))
        fraction.addWidget(self.denominator_spin)
        fraction.addStretch(1)
        quorum_caption = QLabel(self.tr("&Quorum"))
        quorum_caption.setBuddy(self.numerator_spin)
        form.addRow(quorum_caption, fraction)
        self.basis_combo = enum_combo(QuorumBasis)
        form.addRow(self.tr("&Base du quorum"), self.basis_combo)
        self.weighting_combo = enum_combo(Weighting)
        form.addRow(self.tr("&Pondération des votes"), self.weighting_combo)
        self.majority_combo = enum_combo(MajorityRule)
        form.addRow(self.tr("&Majorité"), self.majority_combo)
        self.proxies_spin = QSpinBox()
        self.proxies_spin.setRange(0, 99)
        form.addRow(self.tr("P&ouvoirs au plus par mandataire"), self.proxies_spin)
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(0, MAX_NOTICE_DAYS)
        form.addRow(self.tr("Délai de &convocation (jours)"), self.notice_spin)
        self.urgent_spin = QSpinBox()
        self.urgent_spin.setRange(0, MAX_NOTICE_DAYS)
        form.addRow(self.tr("Délai en cas d'&urgence (jours)"), self.urgent_spin)
        self.casting_vote_check = QCheckBox(
            self.tr("&Voix prépondérante de la présidence en cas de partage")
        )
        form.addRow(self.casting_vote_check)
        self.set_rules(rules or BodyRules())

    def set_rules(self, rules: BodyRules) -> None:
        self.numerator_spin.setValue(rules.quorum_numerator)
        self.denominator_spin.setValue(rules.quorum_denominator)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(rules.quorum_basis.value))
        self.weighting_combo.setCurrentIndex(self.weighting_combo.findData(rules.weighting.value))
        self.majority_combo.setCurrentIndex(self.majority_combo.findData(rules.majority.value))
        self.proxies_spin.setValue(rules.max_proxies_per_holder)
        self.notice_spin.setValue(rules.notice_days)
        self.urgent_spin.setValue(rules.urgent_notice_days)
        self.casting_vote_check.setChecked(rules.chair_casting_vote)

    def rules(self) -> BodyRules:
        """The rules as typed, not yet checked (:meth:`BodyRules.validate` does)."""
        return BodyRules(
            quorum_basis=QuorumBasis(self.basis_combo.currentData()),
            quorum_numerator=self.numerator_spin.value(),
            quorum_denominator=self.denominator_spin.value(),
            weighting=Weighting(self.weighting_combo.currentData()),
            majority=MajorityRule(self.majority_combo.currentData()),
            max_proxies_per_holder=self.proxies_spin.value(),
            notice_days=self.notice_spin.value(),
            urgent_notice_days=self.urgent_spin.value(),
            chair_casting_vote=self.casting_vote_check.isChecked(),
        )


class BodyRulesDialog(QDialog):
    """Edit a body's rules. Closes only on rules that hold; a refusal is shown in the
    dialog, in the interface's language, with everything as typed."""

    def __init__(self, parent: QWidget | None, body: BodyDTO) -> None:
        super().__init__(parent)
        self.setObjectName("bodyRulesDialog")
        self.setWindowTitle(
            self.tr("Règles de délibération — {body}").format(
                body=f"{body.name} ({body.short_name})"
            )
        )
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.rules_form = BodyRulesForm(self, rules_of(body))
        form.addRow(self.rules_form)
        note = QLabel(
            self.tr(
                "Les nouvelles règles valent pour les séances de l'instance dont le "
                "procès-verbal n'est pas signé ; un procès-verbal signé garde les règles "
                "en vigueur à sa signature."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #495057;")
        form.addRow(note)
        self.error_label = form_error_label("rulesError")
        form.addRow(self.error_label)
        box = ok_cancel(self, form)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)

    def rules(self) -> BodyRules:
        return self.rules_form.rules()

    def accept(self) -> None:
        try:
            self.rules().validate()
        except ValidationError as error:
            self.show_error(error_text(error))
            return
        self.error_label.hide()
        super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
