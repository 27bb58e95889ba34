"""A case's kept employer check goes out with it (issue #15): the company and its owners as STIX
identities with relationships and MISP legal-entity objects, through the one gate
(share.prepare.disclose), under the case's TLP or the strictest of its employer findings'. The
check is a real one, run on a DuckDB registry loaded from the register fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from counterlink.ownership.employer import check_employer
from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry
from counterlink.schema import Assessment, Finding
from counterlink.share import ShareCase, export_misp, export_stix
from counterlink.share.stix import TLP2_MARKINGS
from counterlink.store.employer_checks import save_check
from counterlink.store.share_source import case_from_report
from counterlink.store.tables import User
from tests.ownership.conftest import AS_OF, FILES, FIXTURES
from tests.share.conftest import approach, assessment
from tests.share.stored_cases import stored_case
from tests.share.test_misp import templates
from tests.share.test_stix import validate

pytest.importorskip("stix2")

STATE = "Ministry Of Industry Of Examplestan"
COMPANY = "HARBOUR LIGHT TRADING LTD"


@pytest.fixture(scope="module")
def checks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with Registry(tmp_path_factory.mktemp("owners") / "registry.duckdb") as reg:
        for name in FILES:
            load_file(reg, FIXTURES / name)
        return {
            number: check_employer(reg, None, number, AS_OF).model_dump(mode="json")
            for number in ("10000001", "10000002")
        }


def _case(employer: dict[str, Any], tlp: str = "amber", **over: Any) -> ShareCase:
    found = assessment()
    state = Finding(code="ownership.state_linked", category="employer", title="state owner")
    scored = Assessment.model_validate({**found.model_dump(), "findings": [*found.findings, state]})
    return ShareCase(approach=approach(), assessment=scored, tlp=tlp, employer=employer, **over)


def _by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == kind]


def test_stix_carries_the_company_and_its_owners_with_relationships(
    checks: dict[str, dict[str, Any]],
) -> None:
    bundle, loss = export_stix(_case(checks["10000001"]), "organisation", "Example Org")
    validate(bundle)
    identities = {o["name"]: o for o in _by_type(bundle, "identity")}
    company = identities[COMPANY]
    assert company["identity_class"] == "organization"
    assert company["external_references"] == [{"source_name": "GB-COH", "external_id": "10000001"}]
    assert "ownership.state_linked" in company["description"]
    state = identities[STATE]
    assert state["identity_class"] == "organization"
    assert "state-linked" in state["description"] and "75–100%" in state["description"]
    links = {(r["source_ref"], r["target_ref"]) for r in _by_type(bundle, "relationship")}
    persona = next(o for o in identities.values() if o["identity_class"] == "individual")
    assert (state["id"], company["id"]) in links
    assert (persona["id"], company["id"]) in links
    for obj in (company, state):
        assert obj["object_marking_refs"] == [TLP2_MARKINGS["amber"]]
    assert ("employer.owners[].records", "unrepresented") in {(i.path, i.kind) for i in loss}


def test_a_two_layer_chain_links_each_owner_to_what_it_holds(
    checks: dict[str, dict[str, Any]],
) -> None:
    bundle, _ = export_stix(_case(checks["10000002"]), "organisation", "Example Org")
    identities = {o["name"]: o["id"] for o in _by_type(bundle, "identity")}
    links = {(r["source_ref"], r["target_ref"]) for r in _by_type(bundle, "relationship")}
    holdings, advisory = (
        identities["NORTHGATE HOLDINGS LIMITED"],
        identities["NORTHGATE ADVISORY LTD"],
    )
    assert (holdings, advisory) in links
    assert (identities["Ms Alice Example"], holdings) in links
    assert (identities["Ms Alice Example"], advisory) not in links  # she holds it indirectly


def test_misp_carries_legal_entities_with_owner_references(
    checks: dict[str, dict[str, Any]],
) -> None:
    event, _ = export_misp(_case(checks["10000002"]), "organisation", "Example Org")
    objects = event["Object"]
    entities = {
        next(a["value"] for a in o["Attribute"] if a["object_relation"] == "name"): o
        for o in objects
        if o["name"] == "legal-entity"
    }
    assert {"NORTHGATE ADVISORY LTD", "NORTHGATE HOLDINGS LIMITED"} <= set(entities)
    advisory = entities["NORTHGATE ADVISORY LTD"]
    holdings = entities["NORTHGATE HOLDINGS LIMITED"]
    assert any(
        r["referenced_uuid"] == advisory["uuid"] and r["relationship_type"] == "owner-of"
        for r in holdings["ObjectReference"]
    )
    people = [o for o in objects if o["name"] == "person" and "owner" in (o.get("comment") or "")]
    assert {a["value"] for o in people for a in o["Attribute"]} >= {"Ms Alice Example"}
    # Every attribute is one its template knows; every tag is the case's TLP.
    known = templates()
    for obj in [*entities.values(), *people]:
        spec = known[obj["name"]]["attributes"]
        for attribute in obj["Attribute"]:
            assert attribute["object_relation"] in spec
            assert [t["name"] for t in attribute["Tag"]] == ["tlp:amber"]


def test_an_employer_finding_marked_above_the_audience_keeps_the_check_home(
    checks: dict[str, dict[str, Any]],
) -> None:
    case = _case(checks["10000001"], tlp="green", finding_tlp={"ownership.state_linked": "red"})
    for export in (export_stix, export_misp):
        document, loss = export(case, "community", "Example Org")
        text = json.dumps(document)
        assert COMPANY not in text and STATE not in text
        assert ("employer", "dropped") in {(i.path, i.kind) for i in loss}


def test_an_owner_named_like_the_target_is_withheld(
    checks: dict[str, dict[str, Any]],
) -> None:
    # The target works for the holding company: it is never exported, nor whoever owns the
    # advisory only through it (nor here the advisory: the redactor withholds "Northgate").
    case = _case(checks["10000002"])
    case.approach.target.organisation = "Northgate Holdings Limited"  # type: ignore[union-attr]
    bundle, loss = export_stix(case, "organisation", "Example Org")
    text = json.dumps(bundle).lower()
    assert "northgate holdings" not in text and "alice example" not in text
    kinds = {(i.path, i.kind) for i in loss}
    assert kinds & {("employer.owners", "withheld"), ("employer", "withheld")}


def test_a_stored_case_exports_its_latest_kept_check(
    session: Session, people: dict[str, User], checks: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    report = stored_case(session, people["ann"], reporter=people["rita"])
    save_check(session, people["ann"], report.id, "Northgate", None, checks["10000002"])
    save_check(session, people["ann"], report.id, None, "10000001", checks["10000001"])
    session.commit()
    case = case_from_report(session, people["ann"], report.id)
    assert case.employer is not None and case.employer["company"]["number"] == "10000001"
    bundle, _ = export_stix(case, "organisation", "Example Org")
    assert STATE in {o.get("name") for o in _by_type(bundle, "identity")}
