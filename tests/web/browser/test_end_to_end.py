"""The whole workflow in a real browser, as a research-security office would work it.

A reporter signs in, submits an approach and sees the assessment with its advice; an analyst
signs in, finds it at the top of the queue, triages it, marks it malicious and sees the
dashboard change. Every page visited is saved as a screenshot (test-artifacts/screenshots/).
"""

from __future__ import annotations

import io
import re
import zipfile

from playwright.sync_api import Page, expect

from tests.dbfixtures import PASSWORD
from tests.web.browser.conftest import shoot

HOSTILE = (
    "Dear Dr Rivera, I am a senior consultant advising clients in Asia. They pay GBP 5,000 "
    "per short report on developments in your field that are not yet public. Please keep "
    "this between us.\n---\nMe: Who is your client?\n---\nIt would be easier to continue on "
    "WhatsApp: +44 7700 900123. Could you also send me your CV and current projects?"
)


def sign_in(page: Page, name: str) -> None:
    page.goto("/login")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".who")).to_contain_text(name)


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login"))


def open_count(page: Page) -> int:
    page.goto("/dashboard")
    return int(page.locator("#open").inner_text().strip())


def test_report_triage_and_dashboard(page: Page, people: dict[str, object]) -> None:
    # The analyst's dashboard before anything was reported.
    sign_in(page, "ann")
    assert open_count(page) == 0
    shoot(page, "02-dashboard-empty")
    sign_out(page)

    # A reporter submits an approach, with a hostile persona name that must show as text.
    sign_in(page, "rita")
    shoot(page, "03-my-reports-empty")
    page.goto("/reports/new")
    page.locator("textarea[name=messages]").fill(HOSTILE)
    page.locator("input[name=persona_name]").fill("Vivian <script>alert(1)</script> Zhou")
    page.locator("input[name=headline]").fill("Senior Consultant | Global Insight Partners")
    page.locator("input[name=department]").fill("Physics")
    page.locator("input[name=role]").fill("research scientist")
    page.locator("select[name=sector]").select_option("quantum")
    shoot(page, "04-report-form")
    page.get_by_role("button", name="Send the report").click()

    # The assessment and the advice, at once.
    expect(page.locator("h1")).to_contain_text("Vivian <script>alert(1)</script> Zhou")
    badge = page.locator(".case-badges .level")
    expect(badge).to_have_text("high")
    expect(page.locator(".case-advice")).to_contain_text("Report")
    expect(page.locator("#messages mark").first).to_be_visible()
    assert page.locator("#triage form").count() == 0  # reporters do not triage
    report_url = page.url
    shoot(page, "05-case-reporter")
    page.goto("/reports")
    expect(page.locator("main")).to_contain_text("Vivian <script>alert(1)</script> Zhou")
    shoot(page, "06-my-reports")
    sign_out(page)

    # The analyst finds it at the top of the queue and works it.
    sign_in(page, "ann")
    page.goto("/queue")
    expect(page.locator("main")).to_contain_text("Vivian <script>alert(1)</script> Zhou")
    shoot(page, "07-queue")
    assert open_count(page) == 1
    page.goto(report_url)
    page.locator("#triage select[name=status]").select_option("investigating")
    page.locator("#triage select[name=assignee]").select_option("ann")
    page.locator("#triage form").get_by_role("button", name="Save").click()
    expect(page.locator(".case-badges")).to_contain_text("investigating")
    page.locator("textarea[name=body]").fill("Matches the paid-report pattern; reporter told.")
    page.get_by_role("button", name="Comment").click()
    expect(page.locator("#comments")).to_contain_text("Matches the paid-report pattern")
    page.locator("#triage select[name=status]").select_option("closed")
    page.locator("#triage select[name=verdict]").select_option("malicious")
    page.locator("#triage select[name=tlp]").select_option("amber+strict")
    page.locator("#triage form").get_by_role("button", name="Save").click()
    expect(page.locator(".case-badges")).to_contain_text("malicious")
    expect(page.locator("#timeline")).to_contain_text("closed")
    shoot(page, "08-case-analyst")

    # The dashboard has changed: nothing open any more, and a time to triage.
    assert open_count(page) == 0
    expect(page.locator("main")).to_contain_text("Reports per week")
    shoot(page, "09-dashboard")
    sign_out(page)

    # The reporter sees the outcome.
    sign_in(page, "rita")
    page.goto(report_url)
    expect(page.locator(".case-badges")).to_contain_text("malicious")
    sign_out(page)


def _tiny_export() -> bytes:
    messages = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION READ\n"
        '"c1","","Kevin Tan","https://www.linkedin.com/in/kevin","Rita Rivera",'
        '"https://www.linkedin.com/in/rita","2026-10-03 09:00:00 UTC","",'
        '"My client pays USD 3,000 for a confidential report on your unpublished work. '
        'Please keep it between us and add me on WeChat: kt_talent88.","INBOX","","No","No"\n'
        '"c2","","Sam Lee","https://www.linkedin.com/in/sam","Rita Rivera",'
        '"https://www.linkedin.com/in/rita","2026-10-04 09:00:00 UTC","",'
        '"Great to meet you at the seminar, thanks for the slides!","INBOX","","No","No"\n'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("messages.csv", messages)
    return buffer.getvalue()


def test_scan_my_export_and_report_in_one_click(page: Page, people: dict[str, object]) -> None:
    sign_in(page, "rita")
    page.goto("/scan")
    shoot(page, "10-scan")
    page.locator("input[type=file]").set_input_files(
        {
            "name": "Basic_LinkedInDataExport.zip",
            "mimeType": "application/zip",
            "buffer": _tiny_export(),
        }
    )
    page.locator("main form").first.locator("button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Kevin Tan")
    shoot(page, "11-scan-results")
    page.locator("main input[type=checkbox]").first.check()
    page.get_by_role("button", name="Report selected").click()
    expect(page.locator("main")).to_contain_text("Kevin Tan")
    shoot(page, "12-my-reports-after-scan")


def test_admin_pages(page: Page, people: dict[str, object]) -> None:
    sign_in(page, "adam")
    page.goto("/admin/users")
    expect(page.locator("main")).to_contain_text("rita")
    shoot(page, "13-admin-users")
