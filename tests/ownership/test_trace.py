"""The cases of issue #15's "Done when" list, traced on the fixtures."""

from __future__ import annotations

import pytest

from counterlink.ownership.employer import check_employer
from counterlink.ownership.registry import Registry
from counterlink.ownership.report import EmployerReport, Owner
from tests.ownership.conftest import AS_OF


def _check(
    registry: Registry, name: str | None = None, number: str | None = None
) -> EmployerReport:
    return check_employer(registry, name, number, AS_OF)


def _owner(report: EmployerReport, name: str) -> Owner:
    found = [o for o in report.owners if o.name == name]
    assert len(found) == 1, [o.name for o in report.owners]
    return found[0]


def _codes(report: EmployerReport) -> list[str]:
    return [f.code for f in report.flags]


def test_a_direct_state_owner_is_flagged_with_its_path(registry: Registry) -> None:
    report = _check(registry, "Harbour Light Trading Limited")
    assert report.company is not None and report.company.number == "10000001"
    owner = _owner(report, "Ministry Of Industry Of Examplestan")
    assert owner.kind == "state" and owner.direct and owner.ultimate
    assert (owner.share.min, owner.share.max) == (0.75, 1.0)
    assert owner.majority == "yes" and owner.controls
    assert owner.paths == [["GB-COH-10000001", owner.id]]
    assert owner.records == ["/company/10000001/persons-with-significant-control/legal-person/L1"]
    assert _codes(report)[0] == "ownership.state_linked"
    # The path reads in names as the register writes them, the company with its number.
    assert (
        "path HARBOUR LIGHT TRADING LTD (GB-COH-10000001) ← Ministry Of Industry Of "
        "Examplestan" in report.flags[0].evidence[0]
    )


def test_a_two_layer_chain_multiplies_the_bands(registry: Registry) -> None:
    report = _check(registry, number="10000002")
    alice = _owner(report, "Ms Alice Example")
    # (0.50, 0.75) × (0.25, 0.50] = (0.125, 0.375)
    assert (alice.share.min, alice.share.max) == (0.125, 0.375)
    assert not alice.direct and alice.ultimate
    assert alice.majority == "maybe" and not alice.controls
    assert alice.paths == [["GB-COH-10000002", "GB-COH-10000003", alice.id]]
    bob = _owner(report, "Mr Bob Example")
    # Bob holds a majority of a majority holder: the whole stake is his (cascade), and he
    # controls both, though his look-through share is only (0.25, 0.5625).
    assert bob.majority == "yes" and bob.controls
    assert (bob.share.min, bob.share.max) == (0.25, 0.5625)
    holdings = _owner(report, "NORTHGATE HOLDINGS LIMITED")
    assert holdings.kind == "company" and holdings.direct and not holdings.ultimate


def test_two_parallel_stakes_add_up_past_25_percent(registry: Registry) -> None:
    report = _check(registry, number="10000004")
    carol = _owner(report, "Mrs Carol Example")  # one person behind both holding companies
    assert len(carol.paths) == 2
    # each path alone is at least 0.75 × 0.25 = 0.1875 (< 25 %); together at least 0.375
    assert carol.share.min == 0.375 and carol.share.max == 1.0
    # (25, 50] + (25, 50] is more than 50 %: attributed, and controlled (votes follow shares)
    assert carol.majority == "yes" and carol.controls


def test_the_worked_example_of_ownership_md(registry: Registry) -> None:
    report = _check(registry, "Quantum Bridge Consulting Ltd")
    state = _owner(
        report, "State-Owned Assets Supervision And Administration Commission Of Examplestan"
    )
    # [0.75·0.50·0.25 + 0.25, 1·0.75·0.50 + 0.50] = [0.34375, 0.875]
    assert (state.share.min, state.share.max) == (0.34375, 0.875)
    assert state.majority == "yes" and state.controls and state.kind == "state"
    assert len(state.paths) == 2 and state.direct
    codes = _codes(report)
    assert codes[0] == "ownership.state_linked"
    # two corporate layers (H2, H1) above the employer, then the state body: not "layered"
    assert "ownership.layered" not in codes
    assert "ownership.recent_change" in codes  # the state's PSC at H1 notified 2026-10-15


def test_a_cycle_is_cut_and_flagged(registry: Registry) -> None:
    report = _check(registry, number="10000020")
    assert "ownership.circular" in _codes(report)
    assert report.trace is not None and report.trace.cycles
    assert set(report.trace.cycles[0]) == {"GB-COH-10000020", "GB-COH-10000021"}
    dan = _owner(report, "Mr Dan Example")
    assert dan.majority == "yes" and dan.controls
    assert (dan.share.min, dan.share.max) == (0.25, 0.5625)


def test_a_ceased_psc_does_not_count(registry: Registry) -> None:
    report = _check(registry, number="10000030")
    assert [o.name for o in report.owners] == ["Ms New Owner"]


def test_a_lookalike_of_a_listed_entity_is_not_flagged(registry: Registry) -> None:
    report = _check(registry, number="10000040")
    owner = _owner(report, "China Mobility Solutions Ltd")
    assert owner.state_links == []
    assert "ownership.state_linked" not in _codes(report)
    # it is still an owner abroad whose own owners are unknown
    assert "ownership.opaque_foreign_parent" in _codes(report)


def test_a_listed_parent_is_flagged_with_list_entry_and_score(registry: Registry) -> None:
    report = _check(registry, number="10000041")
    owner = _owner(report, "China Electronics Technology Group Corporation")
    assert [s.list for s in owner.state_links] == ["us_dod_chinese_milcorps"]
    assert owner.state_links[0].entry == "China Electronics Technology Group Corp."
    assert 0.9 <= owner.state_links[0].score < 1
    assert _codes(report)[0] == "ownership.state_linked"


def test_a_statement_of_no_registrable_person_is_flagged(registry: Registry) -> None:
    report = _check(registry, number="10000050")
    assert report.owners == []
    flag = next(f for f in report.flags if f.code == "ownership.no_registrable_owner")
    assert "no-individual-or-entity-with-signficant-control" in flag.evidence[0]


def test_a_bods_chain_ends_in_a_state(registry: Registry) -> None:
    report = _check(registry, number="10000060")
    assert report.company is not None and report.company.name == "Aurora Photonics Ltd"
    state = _owner(report, "Republic of Examplestan")
    ministry = _owner(report, "Ministry of Finance of Examplestan")
    assert state.kind == ministry.kind == "state"
    # control only at the top: share unknown there, so [0, 0.6]; never 0
    assert (state.share.min, state.share.max) == (0.0, 0.6)
    assert state.controls and state.majority == "maybe" and state.ultimate
    assert (ministry.share.min, ministry.share.max) == (0.6, 0.6)
    assert ministry.majority == "yes"
    assert state.paths == [["GB-COH-10000060", "bods:ent-b", "bods:ent-c", "bods:ent-d"]]
    # the primary indirect relationship restates its components: not counted twice
    assert len(state.paths) == 1


def test_a_control_only_edge_is_an_unknown_share(registry: Registry) -> None:
    owner = _owner(_check(registry, number="10000090"), "Mr Eve Example")
    assert (owner.share.min, owner.share.max) == (0.0, 1.0)
    assert owner.controls and owner.majority == "maybe"


def test_a_claimed_firm_that_does_not_exist(registry: Registry) -> None:
    report = _check(registry, "Northbridge Quantum Advisory Ltd")
    assert report.company is None and report.owners == []
    flag = report.flags[0]
    assert flag.code == "employer.not_found"
    assert "companies-house-basic" in flag.evidence[0] and "companies-house-psc" in flag.evidence[0]


def test_a_near_name_is_a_candidate_not_the_company(registry: Registry) -> None:
    report = _check(registry, "Northgate Advisers Ltd.")
    assert report.company is not None and report.company.number == "10000071"
    report = _check(registry, "Northgate Advisory Services Ltd")
    assert report.company is None
    assert "10000002" in [c.number for c in report.candidates]


@pytest.mark.parametrize(
    "name", ["northgate advisory limited", "NORTHGATE ADVISORY LTD.", "Northgate  Advisory"]
)
def test_names_agree_beyond_legal_form_case_and_punctuation(registry: Registry, name: str) -> None:
    report = _check(registry, name)
    assert report.company is not None and report.company.number == "10000002"
    assert "employer.recently_incorporated" in _codes(report)


def test_a_previous_name_finds_the_company(registry: Registry) -> None:
    report = _check(registry, "QB Consultancy Services Ltd")
    assert report.company is not None and report.company.number == "10000010"


def test_a_dissolved_employer(registry: Registry) -> None:
    report = _check(registry, "Abandoned Ventures Ltd")
    assert "employer.dissolved" in _codes(report)


def test_a_company_known_only_from_psc_records(registry: Registry) -> None:
    report = _check(registry, number="10000020")
    assert report.company is not None and report.company.status is None
    report = _check(registry, "Loop Two Limited")  # named by the corporate PSC of 10000021
    assert report.company is not None and report.company.number == "10000021"
