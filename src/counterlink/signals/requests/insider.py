"""Requests for information held through work: research, corporate, government."""

from __future__ import annotations

# Guidance (formats/RED-FLAGS.md): row 10 is the request flag itself; 3 and 13 are non-public
# and government insight; 15 is research and corporate IP.
from counterlink.signals.guidance import (
    MI5_2025,
    NPSA_TBYL,
    ODNI_NEVERNIGHT,
    SECURE_INNOVATION,
    YEO,
)
from counterlink.signals.requests.cues import _request

SENSITIVE_RESEARCH = _request(
    "message.sensitive_research",
    "Asks for unpublished research, data, source code, designs or technical specifications",
    (NPSA_TBYL, SECURE_INNOVATION, ODNI_NEVERNIGHT),
    (
        (
            "unpublished published",
            r"\bunpublished\s+(?:\w+\s+){0,2}?(?:data|results?|work|works|findings|papers?"
            r"|research|manuscripts?|drafts?|articles?|studies|experiments?|methods?|code)\b"
            r"|\bnot\s+yet\s+(?:been\s+)?published\b",
        ),
        (
            "data dataset datasets result results findings notes notebook notebooks logs "
            "records measurements",
            r"\b(?:raw|proprietary|experimental|test|trial|lab|laboratory|benchmark|clinical"
            r"|sensor|simulation|measurement|patient|training)\s+(?:data(?:sets?)?|results?"
            r"|findings|notes|notebooks?|logs|records|measurements)\b",
        ),
        (
            "notebook notebooks protocol protocols procedures",
            r"\blab(?:oratory)?\s+(?:notebooks?|protocols?|procedures)\b"
            r"|\b(?:experimental|research|lab)\s+protocols?\b",
        ),
        (
            "source code codebase repository repositories repo repos",
            r"\bsource\s?code\b|\bcode\s?base\b|\b(?:code|git|github|gitlab|private)\s+"
            r"(?:repositor(?:y|ies)|repos?)\b|\brepositor(?:y|ies)\s+access\b",
        ),
        (
            "design engineering technical cad manufacturing production fabrication process",
            r"\b(?:design|engineering|technical|cad|manufacturing|production|fabrication"
            r"|process)\s+(?:documents?|docs|drawings|files|details|data|parameters|recipes?"
            r"|flows?|notes|documentation)\b",
        ),
        (
            "schematic schematics blueprint blueprints cad circuit gds gdsii netlist netlists mask",
            r"\bschematics?\b|\bblueprints?\b|\bcad\s+(?:files|models|drawings)\b"
            r"|\bcircuit\s+(?:diagrams?|designs?|layouts?)\b|\bgds(?:ii)?\s+files?\b"
            r"|\bnetlists?\b|\bmask\s+(?:sets?|layouts?)\b",
        ),
        (
            "spec specs specification specifications",
            r"\b(?:technical|product|design|system|hardware|chip|device|engineering|detailed"
            r"|performance)\s+spec(?:ification)?s?\b",
        ),
        (
            "weights checkpoint checkpoints trained",
            r"\bmodel\s+(?:weights|checkpoints?)\b"
            r"|\btrained\s+models?\b",
        ),
        ("prototype prototypes", r"\bprototypes?\b"),
        (
            "research project grant",
            r"(?<!\bour\s)(?<!\bmy\s)\b(?:research|project|grant)\s+(?:plans?|proposals?|drafts?"
            r"|protocols?|methodology|notes|data)\b",
        ),
        (
            "draft pre prepublication progress",
            r"\b(?:draft|pre-?publication|work-in-progress)\s+(?:\w+\s+)?(?:papers?"
            r"|manuscripts?|articles?|versions?|drafts?)\b",
        ),
        (
            "formulation formulations process yield",
            r"\bformulations?\b|\bprocess\s+(?:recipes?|nodes?)\b|\byield\s+(?:problems|issues"
            r"|data|numbers|figures|rates?)\b",
        ),
        (
            "patent patents documentation equipment",
            r"\bpatent\s+applications?\b|\bunfiled\s+patents?\b|\btechnical\s+documentation\b"
            r"|\bequipment\s+lists?\b|\blist\s+of\s+(?:\w+\s+){0,3}?equipment\b",
        ),
        (
            "field flight eval evaluation performance navigation test trial breeding research "
            "experimental",
            r"\b(?:field|flight|eval|evaluation|performance|navigation|test|trial)\s+"
            r"(?:test\s+)?(?:results|data|numbers|logs|trials|records)\b|\b(?:breeding|research"
            r"|experimental)\s+records\b",
        ),
        (
            "code",
            r"\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?code\b(?!\s+of\s+conduct)(?<!dress\scode)"
            r"(?<!post\scode)(?<!zip\scode)(?<!promo\scode)(?<!discount\scode)",
        ),
    ),
    # Published work is not sensitive: "a link to your published paper", "public datasets".
    exclude=(
        r"(?<!yet\s)(?<!not\s)\bpublished\b|\bpreprints?\b|\barxiv\b|\bpublicly\s+available\b"
        r"|\bopen[- ]source\b|\bpublic\s+(?:data|datasets?|repos?|repositor(?:y|ies))"
        r"|\bavailable\s+(?:anywhere|online|publicly|on\s+github)\b"
        r"|\bfor\s+your\s+(?:\w+\s+){0,3}?(?:paper|article|publication)\b",
    ),
)

SENSITIVE_CORPORATE = _request(
    "message.sensitive_corporate",
    "Asks for internal or non-public company information (documents, strategy, clients...)",
    (NPSA_TBYL, MI5_2025, SECURE_INNOVATION),
    (
        # "our internal policies" are the persona's own.
        (
            "internal",
            r"(?<!\bour\s)(?<!\bmy\s)\binternal\s+(?:\w+\s+)?(?:documents?|docs|memos?|reports?"
            r"|e-?mails?|communications?|presentations?|slides|decks?|information|info|data"
            r"|policies|procedures|files|wiki|figures|numbers|discussions|plans?"
            r"|strateg(?:y|ies)|roadmaps?|assessments?)\b",
        ),
        (
            "strategy strategies plan plans",
            r"\b(?:company|business|corporate|commercial|market|pricing|sales|growth|investment"
            r"|acquisition|expansion|product|go-to-market|negotiation|bidding|tender|r&d)\s+"
            r"strateg(?:y|ies)\b|\b(?:strategic|acquisition)\s+plans?\b",
        ),
        (
            "client customer supplier vendor contractor investor clients customers suppliers "
            "vendors contractors investors",
            r"\b(?:client|customer|supplier|vendor|contractor|investor)\s+(?:lists?|names?|base"
            r"|contracts?|details|data|databases?|contacts|transactions|records)\b"
            r"|\b(?:list|names?)\s+of\s+(?:your\s+|the\s+(?:company'?s?\s+)?)?(?:clients"
            r"|customers|suppliers|vendors|contractors|investors)\b|\b(?:who\s+(?:are\s+)?"
            r"(?:your|the\s+company'?s)\s+(?:main\s+|key\s+|biggest\s+)?|which\s+|what\s+)"
            r"(?:clients|customers|suppliers|investors)\b",
        ),
        (
            "pricing price margin margins cost card cards bid tender",
            r"\bpricing\b|\bprice\s+lists?\b|\b(?:profit|gross)\s+margins?\b|\bcost\s+(?:structure"
            r"|base|breakdown)\b|\brate\s+cards?\b|\b(?:bid|tender)\s+(?:documents?|details"
            r"|submissions?|prices?)\b",
        ),
        (
            "information info data details documents document figures numbers material",
            r"\b(?:non-?public|confidential|proprietary|sensitive|commercially\s+sensitive"
            r"|price-?sensitive|inside|insider|privileged)\s+(?:company\s+|corporate\s+"
            r"|business\s+|commercial\s+|financial\s+)?(?:information|info|data|details"
            r"|documents?|figures|numbers|material)\b",
        ),
        (
            "forecast forecasts projection projections results figures numbers data "
            "unreleased board merger acquisition takeover m&a unannounced upcoming",
            r"\b(?:financial|revenue|sales|earnings)\s+(?:forecasts?|projections?|results"
            r"|figures|numbers|data)\b|\bunreleased\s+(?:earnings|results|figures|products?)\b"
            r"|\bboard\s+(?:papers|minutes|meetings?|decisions|discussions|materials|packs?)\b"
            r"|\b(?:merger|acquisition|takeover)\s+(?:targets?|plans?|talks|discussions)\b"
            r"|\bm&a\b|\b(?:unannounced|upcoming)\s+(?:products?|launches|deals)\b",
        ),
        (
            "plan plans partners sources",
            r"\b(?:fab|production|capacity|manufacturing)\s+plans?\b|\b(?:names?|list)\s+of\s+"
            r"(?:your\s+)?(?:\w+\s+)?(?:industrial|commercial|business|defen[cs]e)\s+partners\b"
            r"|\bfunding\s+sources\b",
        ),
    ),
    # Government business has its own code.
    exclude=(
        r"\b(?:ministry|ministries|government|governmental|cabinet|parliament\w*|whitehall"
        r"|civil\s+service|classified|minister\w*)\b",
    ),
)

SENSITIVE_GOVERNMENT = _request(
    "message.sensitive_government",
    "Asks for government information: policy papers, plans, classified or internal material",
    (MI5_2025, YEO, NPSA_TBYL),
    (
        (
            "policy policies",
            r"\bpolic(?:y|ies)\s+(?:papers?|drafts?|documents?|proposals?|discussions?"
            r"|deliberations?|options?|positions?|plans?|briefings?|directions?|changes?"
            r"|decisions?|memos?|advice|thinking|development|submissions?|work)\b",
        ),
        (
            "government governmental ministry ministerial departmental cabinet whitehall white "
            "state administration parliamentary committee minister",
            "plans plan positions position thinking strategy strategies deliberations "
            "discussions documents document papers paper briefings briefing memos memo "
            "information intentions priorities decisions stance agenda lines minutes meetings "
            "meeting correspondence communications communication reports report",
            r"\b(?:government|governmental|ministry|ministerial|departmental|cabinet|whitehall"
            r"|white\s+house|state\s+department|administration|parliamentary|committee"
            r"|minister)(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:plans?|positions?|thinking"
            r"|strateg(?:y|ies)|deliberations|discussions|documents?|papers?|briefings?|memos?"
            r"|information|intentions|priorities|decisions|stance|agenda|red\s+lines|minutes"
            r"|meetings?|correspondence|communications?|reports?)\b",
        ),
        (
            "classified official secret restricted",
            r"\b(?:official[- ]sensitive|secret|top[- ]secret|restricted)\s+(?:\w+\s+)?"
            r"(?:documents?|information|material|papers?|files|briefings?|reports?|data"
            r"|programmes?|projects?|communications?)\b|\bclassified\b",
        ),
        (
            "ministry government departmental cabinet parliament parliamentary whitehall service",
            r"\b(?:internal|inside|insider)\s+(?:\w+\s+){0,2}?(?:ministry|government|departmental"
            r"|cabinet|parliament(?:ary)?|whitehall|civil\s+service)\b",
        ),
        (
            "briefing briefings ministerial",
            r"\bbriefing\s+(?:notes?|papers?|materials?|packs?|documents?)\b"
            r"|\bministerial\s+(?:briefings?|submissions?|correspondence)\b"
            r"|\b(?:internal|departmental|parliamentary|committee)\s+briefings?\b"
            r"|\bbriefings?\b(?=[^.!?\n]{0,40}\b(?:mp|minister|committee|ministry|cabinet"
            r"|government|parliament)\b)",
        ),
        (
            "negotiating negotiation",
            r"\b(?:negotiating|negotiation)\s+(?:positions?|strateg(?:y|ies)|red\s+lines"
            r"|mandates?|tactics)\b",
        ),
        (
            "defence defense military procurement sanctions trade foreign intelligence nuclear "
            "export",
            r"\b(?:defen[cs]e|military|procurement|sanctions|trade|foreign|intelligence|nuclear"
            r"|export\s+control)\s+(?:plans?|polic(?:y|ies)|strateg(?:y|ies)|decisions"
            r"|programmes?|capabilit(?:y|ies)|deliberations|reviews?|priorities|budgets?)\b",
        ),
        (
            "upcoming forthcoming unannounced planned draft drafts",
            r"\b(?:upcoming|forthcoming|unannounced|planned|draft)\s+(?:polic(?:y|ies)|decisions"
            r"|announcements|legislation|regulations?|sanctions|reforms?|budget"
            r"|white\s+papers?|bills?|amendments?|guidance)\b|\bdrafts?\s+of\s+(?:the\s+)?"
            r"(?:bills?|legislation|amendments?|regulations?)\b",
        ),
        (
            "government ministry department minister cabinet whitehall office treasury white "
            "pentagon state regulator",
            "thinking planning considering going likely intending preparing discussing deciding",
            r"\bwhat\s+(?:the\s+)?(?:government|ministry|department|minister|cabinet|whitehall"
            r"|prime\s+minister|foreign\s+office|treasury|home\s+office|white\s+house|pentagon"
            r"|state\s+department|regulator)\s+(?:is|are|was|will\s+be|would\s+be)\s+"
            r"(?:\w+\s+)?(?:thinking|planning|considering|going\s+to|likely\s+to|intending"
            r"|preparing|discussing|deciding)\b",
        ),
        ("minutes", r"\bminutes\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:meetings?|cabinet|committee)\b"),
        (
            "decisions criteria deliberations closed mod dstl darpa government ministry",
            r"\b(?:licensing|export\s+licen[cs]ing|sanctions|procurement)\s+(?:decisions|criteria"
            r"|deliberations)\b|\bclosed\s+(?:sessions?|door\s+(?:sessions?|meetings?))\b"
            r"|\b(?:mod|dstl|darpa|government|ministry)\s+(?:funding|contracts?|customers?"
            r"|programmes?|projects?)\b",
        ),
        (
            "heading",
            r"\bwhere\s+(?:\w+\s+){0,5}?(?:rules|polic(?:y|ies)|regulations?|legislation"
            r"|funding)\s+(?:is|are)\s+heading\b",
        ),
    ),
)
