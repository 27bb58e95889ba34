"""Message templates of the synthetic generator: the hostile themes campaigns paraphrase, the
benign scenarios of background traffic, follow-ups, replies and synonyms."""

from __future__ import annotations

import re

from counterlink.synth.vocab import _lines

# --- message templates ------------------------------------------------------------------------
# A theme is an ordered list of slots, each a list of phrasings ("[slot]" starts one, "@NAME"
# takes a shared list). A campaign keeps two phrasings of each slot; each member picks one,
# swaps synonyms, may reorder two adjacent body slots, and may drop an optional slot ("?").

SHARED = {
    "GREET": _lines(
        """Dear {tfirst},
        Hi {tfirst},
        Hello {tfirst},
        Dear {tfull},
        Good morning {tfirst},
        Dear Dr {tlast},"""
    ),
    "CLOSE": _lines(
        """Looking forward to hearing from you.
        Best regards, {pfirst}
        Kind regards, {pfirst}
        Many thanks and best wishes.
        I hope to hear from you soon.
        Warm regards, {pfirst}"""
    ),
    "MOVE": _lines(
        """Could we continue on {contact}?
        It is easier to talk on {contact}.
        Please add me on {contact} so I can share the details.
        You can reach me directly on {contact}.
        For a faster reply, message me on {contact}."""
    ),
    "SECRET": _lines(
        """Please keep this between us for now.
        This is confidential, so please do not discuss it with colleagues.
        Our client prefers discretion at this stage.
        Kindly treat this approach as confidential.
        There is no need to mention this to your employer."""
    ),
}
CALL = _lines(
    """Would you have time for a short call this week?
    Let me know a good time to talk.
    Are you free for a quick chat in the coming days?"""
)
Template = tuple[tuple[str, tuple[str, ...]], ...]


def _theme(text: str) -> Template:
    slots: list[tuple[str, list[str]]] = []
    for line in _lines(text):
        if line.startswith("["):
            slot, _, shared = line[1:].partition("]")
            slots.append((slot, list(SHARED[shared.strip()[1:]]) if shared.strip() else []))
        else:
            slots[-1][1].append(line)
    return tuple((slot, tuple(phrasings)) for slot, phrasings in slots)


HOSTILE_THEMES: dict[str, Template] = {
    "recruiter": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, a {title} at {firm}.
        My name is {pfirst}, {title} with {firm}.
        This is {pfirst} from {firm}, an executive search firm based in {city}.
        I am a headhunter with {firm} and I came across your profile.
        I lead the technology practice at {firm}.
        [hook]
        Your background in {topic} at {torg} is impressive.
        I was impressed by your experience with {topic}.
        Your profile stood out in our search for {topic} specialists.
        Our client is building a team in {topic} and your name came up.
        People with your depth in {topic} are rare.
        [offer]
        Our client, {client}, offers a senior role with a package of around {fee} a year.
        The position pays {fee} plus housing and relocation.
        It is a director-level role in {city} with total compensation near {fee}.
        The package is very generous: {fee}, flexible hours and a signing bonus.
        Remuneration starts at {fee}, far above the market.
        [ask]
        Could you send me your latest CV and a summary of the projects you work on?
        Please share your CV and a list of your current projects and collaborators.
        To move forward I need your CV and some detail on your team's current work.
        Could you tell me more about the programmes you are involved in?
        A short note on your recent projects and your security clearance would help.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "paid_report": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, a {title} at {firm}.
        My name is {pfirst} and I work with {firm}, a consultancy serving {client}.
        I represent {firm}, an advisory firm with clients across Asia.
        I run the research desk at {firm} and came across your profile.
        I am {pfirst} from {firm}, where I look after our expert network.
        [hook]
        Your experience in {topic} at {torg} is exactly what our client needs.
        We were very impressed by your background in {topic}.
        Your work on {topic} stands out among the profiles we reviewed.
        Our client values practitioners with your depth in {topic}.
        Few people understand {topic} as well as you do.
        [offer]
        We pay {fee} for a short report of about 3,000 words.
        Our client offers {fee} per report, written in your spare time.
        Each paid consultation is rewarded with {fee}, with flexible hours.
        The fee is {fee} per article, paid promptly.
        Compensation is generous: {fee} for two pages of your views.
        [ask]
        We are most interested in insights that are not yet public.
        Any internal perspective on your company's roadmap would be extremely valuable.
        We would welcome your views on unpublished developments in {topic}.
        The client is particularly keen on details beyond what is in the press.
        Information on current projects and partners would be ideal.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "think_tank": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, {title} at {firm}, a think tank focused on {topic}.
        I write on behalf of {firm}, an independent forum for dialogue on {topic}.
        My name is {pfirst}; I coordinate international programmes at {firm}.
        {firm} brings together experts on {topic} from Europe and Asia.
        I am {pfirst} from {firm}, which organises closed-door expert roundtables.
        [invite]
        We would like to invite you to speak at our forum in {city} on {date}.
        You are invited to a small expert workshop in {city} on {date}.
        We are hosting a roundtable in {city} on {date} and hope you can join.
        Our annual symposium takes place in {city} on {date}.
        We would be honoured to have you at our seminar in {city} on {date}.
        [perk]
        All expenses, including business-class flights and hotel, are covered.
        An honorarium of {fee} is offered, and travel is paid in full.
        We cover flights, accommodation and an honorarium of {fee}.
        Participants receive {fee} and a fully paid trip.
        Travel and a generous speaker fee of {fee} are provided.
        [ask]
        Beforehand, could you share your views on {topic}, including anything not yet public?
        A short paper on your organisation's plans in {topic} would help us prepare.
        We would value a briefing on internal thinking about {topic}.
        Could you also suggest colleagues working on {topic} who might attend?
        Please send a few notes on current projects in {topic} before the event.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "research_collab": _theme(
        """
        [greet] @GREET
        [intro]
        I am {pfirst}, an editor at {firm}.
        My name is {pfirst}, {title} at {firm}.
        I am writing from {firm}, which publishes research on {topic}.
        {firm} is preparing a special issue on {topic}.
        I coordinate research partnerships at {firm}.
        [hook]
        Your publications on {topic} are highly regarded.
        We follow your group's work on {topic} with great interest.
        Your expertise in {topic} would add a great deal to our programme.
        Your recent results in {topic} caught our attention.
        We believe your research on {topic} deserves a wider audience.
        [offer]
        We would like to commission a paper on {topic}, with a fee of {fee}.
        We offer a funded collaboration worth {fee} over six months.
        A visiting fellowship in {city} with a stipend of {fee} is available.
        Authors receive {fee} and fast-track publication.
        The grant covers {fee} and a research visit to {city}.
        [ask]
        Unpublished data or internal test results would make the paper stronger.
        Could you share your latest unpublished results with us?
        Details of your lab's current experiments would be very helpful.
        We would need some data that has not been released yet.
        Please send the technical reports behind your recent work.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
    "policy_briefing": _theme(
        """
        [greet] @GREET
        [intro]
        I work for {firm}, which advises {client} on government affairs.
        I am {pfirst}, a {title} at {firm}.
        My name is {pfirst}; {firm} helps investors understand policy in {topic}.
        I represent {firm}, a political risk consultancy.
        I am {pfirst} from {firm}, where I run our public policy practice.
        [hook]
        Your role at {torg} gives you a unique view of {topic}.
        Your experience with {topic} in government is very relevant to our client.
        Insiders like you understand how decisions on {topic} are really made.
        Our client wants to understand the direction of {topic}.
        You are clearly one of the people shaping {topic}.
        [offer]
        We offer {fee} for a one-hour briefing.
        Our client pays {fee} for a short written assessment.
        A consulting fee of {fee} per session is available.
        Each briefing is paid {fee}, discreetly.
        We can arrange {fee} per call, paid in any currency you prefer.
        [ask]
        We are especially interested in upcoming decisions and how your team sees them.
        Any drafts or internal papers on {topic} would be very valuable.
        Could you outline the options currently under discussion?
        Names of the officials leading on {topic} would also help.
        Insight into the timetable before it is announced would be ideal.
        [?secret] @SECRET
        [move] @MOVE
        [close] @CLOSE
        """
    ),
}
HOSTILE_FOLLOW_UPS = _lines(
    """Just following up on my message. {move}
    Did you have a chance to think about it? {ask}
    Our client is keen to move quickly. {move}
    Hi {tfirst}, any news? {ask}"""
)
BENIGN_THEMES: dict[str, Template] = {
    "recruiter": _theme(
        """
        [greet]
        Hi {tfirst},
        Hello {tfirst},
        Dear {tfirst},
        Good afternoon {tfirst},
        [intro]
        I'm {pfirst}, a {title} at {company}.
        {pfirst} here from {company}.
        I work at {company} as a {title}.
        I hope you're well. I'm a {title} with {company}.
        [role]
        I'm recruiting a {role} for {hiring} in {location}.
        We have a {role} vacancy with {hiring} based in {location}.
        {hiring} is hiring a {role} ({location}, hybrid).
        I'm helping {hiring} find a {role} for their {location} office.
        [pay]
        The salary is {salary} plus benefits.
        It pays {salary}, with {days} days a week in the office.
        Salary range {salary}, hybrid working.
        The budget is {salary} depending on experience.
        [ask]
        Would you be open to a quick call next week?
        Are you open to hearing more?
        Happy to send the job description if you're interested.
        Let me know if you'd like the full spec.
        [?extra]
        You can also email me at {email}.
        My direct line is {phone}.
        [close]
        Thanks, {pfirst}
        Best, {pfirst}
        Kind regards
        Cheers, {pfirst}
        """
    ),
    "colleague": _theme(
        """
        [greet]
        Hi {tfirst}, great to see your post about {topic}!
        Hi {tfirst}, it's been a while since {company}.
        Hey {tfirst}, hope things are good at {torg}.
        Hi {tfirst}, thanks for the connection.
        [body]
        We should catch up over coffee soon.
        Are you going to the team offsite next month?
        Let me know if you want to grab lunch when you're in {location}.
        I'd love to hear how the {topic} work is going.
        [?extra]
        Also, congrats on the new role!
        I've just moved to {company} myself.
        [close]
        Cheers
        Speak soon, {pfirst}
        Best, {pfirst}
        Take care
        """
    ),
    "conference": _theme(
        """
        [greet]
        Dear {tfull}, thank you for your talk at {event}.
        Dear {tfirst}, the call for papers for {event} is now open.
        Hello {tfirst}, I'm organising a session on {topic} at {event}.
        Dear Dr {tlast}, I enjoyed your poster at {event}.
        [ask]
        Could you share your slides once they are public?
        We would welcome a submission from your group.
        Would you be willing to chair a panel?
        Would you consider reviewing for the workshop?
        [?extra]
        Registration details are on the event website.
        The deadline is {date}.
        [close]
        Best wishes, {pfirst}
        Kind regards
        Many thanks
        Regards, {pfirst}
        """
    ),
    "sales": _theme(
        """
        [greet]
        Hi {tfirst}, I'm {pfirst} from {company}.
        Hello {tfirst}, quick question about {torg}'s tooling.
        Hi {tfirst}, I noticed {torg} is growing its {topic} team.
        [pitch]
        We help {sector} teams cut their compute costs by 30%.
        Our platform automates lab data management.
        We've just launched a new version of our {topic} toolkit.
        Teams like yours use us to speed up their test pipelines.
        [ask]
        Would a 20-minute demo next week be useful?
        Can I send you a short case study?
        Happy to set up a free trial.
        Who would be the right person to speak to?
        [close]
        Thanks, {pfirst}
        Best, {pfirst}
        Regards
        """
    ),
    "networking": _theme(
        """
        [greet]
        Hi {tfirst}, I'd like to add you to my professional network.
        Hello {tfirst}, fellow {school} alum here.
        Hi {tfirst}, I enjoyed your article on {topic}.
        Hi {tfirst}, we met briefly at {event}.
        [body]
        I'm working in {topic} too and would love to stay in touch.
        Always keen to connect with people in {sector}.
        It would be great to swap notes some time.
        [close]
        Best, {pfirst}
        Thanks
        Cheers
        """
    ),
}
BENIGN_WEIGHTS = {"recruiter": 35, "colleague": 20, "conference": 15, "sales": 20, "networking": 10}
BENIGN_FOLLOW_UPS = _lines(
    """Just following up on my note above. Any thoughts?
    Hi {tfirst}, just bumping this in case it got buried.
    No worries if not, thanks for reading."""
)
TARGET_REPLIES = _lines(
    """Thanks, tell me more.
    Not interested, thanks.
    Sounds interesting. What would you need from me?
    I'll have a look and get back to you.
    Thanks for reaching out."""
)
SYNONYMS = {
    word: tuple(alternatives.split("; "))
    for word, _, alternatives in (
        line.partition(": ")
        for line in _lines(
            """client: customer; partner
            impressed: struck
            report: paper; briefing
            generous: attractive; competitive
            confidential: private; discreet
            valuable: useful; helpful
            experience: background; expertise
            insights: perspectives; views
            interested: keen
            invite: welcome
            details: specifics; particulars
            quickly: promptly; fast
            share: send
            projects: programmes; work streams
            senior: high-level
            rare: hard to find
            paid: remunerated"""
        )
    )
}
_SYNONYM = re.compile(r"\b(" + "|".join(SYNONYMS) + r")\b")
_BODY_SLOTS = frozenset({"hook", "offer", "ask", "invite", "perk", "?secret"})
HOSTILE_THEME_NAMES = tuple(HOSTILE_THEMES)
