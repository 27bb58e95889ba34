"""What an ordinary member's inbox says: friends, and the commercial noise every LinkedIn inbox
collects (loans, multi-level marketing, sponsorship requests, course adverts, job seekers, SEO
and web-design pitches, crypto schemes, extra sales), in the slot format of
:mod:`counterlink.synth.templates`, with the follow-ups and the owner's replies.

None of it is a hostile-state approach: no unnamed client, no paid report for insight, no
request for colleagues, projects or clearance, no all-expenses trip. Some of it is a scam.
"""

from __future__ import annotations

from counterlink.synth.templates import Template, _theme
from counterlink.synth.vocab import _lines

NOISE_THEMES: dict[str, Template] = {
    "friend": _theme(
        """
        [greet]
        Hey {tfirst}!
        {tfirst}!!
        Hiya {tfirst},
        Hi {tfirst}, long time no speak.
        [body]
        Saw your post, looks like {torg} is treating you well.
        Are you still up for the pub quiz on Thursday?
        Just realised it's been a year since the wedding, time flies.
        We're having a few people round on Saturday, you should come.
        Did you ever finish that half marathon training plan?
        Mum says hi, she saw you on here and was very impressed.
        [?extra]
        Bring the dog.
        Let me know either way.
        [close]
        x
        Cheers
        See you soon
        {pfirst}
        """
    ),
    "loan": _theme(
        """
        [greet]
        Hi {tfirst}!
        Hello {tfirst},
        Dear {tfirst},
        [offer]
        Need fast business funding? We approve loans from £5,000 to £250,000 in 24 hours.
        We help small businesses get working capital with no early repayment fees.
        Pre-approved offer: up to £100k unsecured funding, decision the same day.
        Struggling with debts? Combine them into one low monthly payment.
        [?extra]
        Bad credit considered.
        No hidden fees, FCA-registered broker.
        [ask]
        Reply YES and I'll send a quote today.
        Check your eligibility in 60 seconds.
        Can I send you the details?
        [close]
        Thanks, {pfirst}
        Regards, {pfirst}
        """
    ),
    "mlm": _theme(
        """
        [greet]
        Hey hun! 💕
        Hi {tfirst}, random message but hear me out!
        Hey {tfirst}, hope you're smashing it!
        [pitch]
        I've been watching your posts and you seem like such a positive person.
        I'm growing my team with a global wellness brand and looking for a few go-getters.
        I work from my phone around the school run and I've just earned my free car.
        This isn't a pyramid scheme, it's a community of people building financial freedom.
        [ask]
        Can I send you a little video? No pressure.
        Fancy a 15-minute Zoom to see if it's for you?
        Would you be open to an extra income stream?
        [close]
        x
        Speak soon lovely
        {pfirst} 🚀
        """
    ),
    "sponsorship": _theme(
        """
        [greet]
        Hi {tfirst},
        Dear {tfirst},
        Hello {tfirst}, I hope you don't mind me reaching out.
        [ask]
        Our junior football club is looking for local businesses to sponsor a team kit this season.
        We're running a charity fun run in June and looking for sponsors.
        I'm a content creator and would love a paid partnership with {torg}.
        Our student society is looking for sponsors for our annual careers fair.
        [offer]
        £500 gets your logo on the shirts and a banner at the ground.
        Packages start at £250 and every penny goes to the cause.
        My media kit is attached, rates start at £1,200 for three posts.
        [close]
        Thank you for considering it, {pfirst}
        Many thanks
        Best wishes, {pfirst}
        """
    ),
    "course": _theme(
        """
        [greet]
        Hi {tfirst},
        Hello {tfirst}, quick one.
        Hi {tfirst}, are you ready for your next career step?
        [pitch]
        Our 12-week data science bootcamp has helped 3,000+ people move into tech.
        PRINCE2 Foundation and Practitioner online is now £749, exam included.
        My 6-week leadership programme starts Monday and there are three places left.
        Our online MBA graduates earn 38% more within two years.
        [?extra]
        Flexible payment plans available.
        Early-bird price ends Friday.
        [ask]
        Can I send you the brochure?
        Want me to book you a free careers call?
        Shall I hold a place for you?
        [close]
        Thanks, {pfirst}
        Best, {pfirst}
        """
    ),
    "job_seeker": _theme(
        """
        [greet]
        Respected Sir/Madam,
        Hello {tfirst}, I hope you are well.
        Dear {tfirst},
        hello sir good morning
        [body]
        I am a recent graduate looking for any opportunity at {torg}.
        I have 3 years experience and I am ready to relocate.
        I saw the vacancy at {torg} and I am very interested.
        I am searching for a job since six months, kindly help me.
        [ask]
        Please share your phone number so I can send my CV on WhatsApp.
        Could you refer me or tell me who to contact in HR?
        I have attached my CV, kindly forward it to the hiring manager.
        Can you give me your number for a quick call?
        [close]
        I will be very thankful to you.
        Thank you for your time.
        God bless
        """
    ),
    "seo": _theme(
        """
        [greet]
        Hi {tfirst},
        Hello {tfirst},
        Hi {tfirst}, I was looking at {torg}'s website.
        [pitch]
        I found 27 SEO issues that are hurting your Google ranking.
        Your website looks a bit dated on mobile.
        We build websites and apps at 60% lower cost than UK agencies.
        We can get you on the first page of Google in 90 days, guaranteed.
        I write LinkedIn posts for busy leaders, three a week.
        [ask]
        Shall I send you a free audit report?
        Can I share our portfolio?
        Open to a quick call next Tuesday?
        [close]
        Thanks, {pfirst}
        Regards
        """
    ),
    "crypto": _theme(
        """
        [greet]
        Hello {tfirst}, how are you doing today?
        Hi {tfirst} 👋
        Good day {tfirst},
        [pitch]
        I made 340% this quarter with a Bitcoin trading strategy.
        Members of my signals group earn 5-10% daily with zero risk.
        I trade gold contracts on a platform my uncle showed me, around 8% a week.
        I'm helping a few people get started with crypto mining, minimum only $500.
        [ask]
        Join my Telegram group for proof.
        Message me on WhatsApp and I'll guide you step by step.
        Do you invest? I can show you how easy it is.
        [close]
        😊
        God bless
        Regards, {pfirst}
        """
    ),
    "sales_extra": _theme(
        """
        [greet]
        Hi {tfirst},
        Hi {tfirst}, congrats on the new role!
        Hello {tfirst}, I'll keep this short.
        [pitch]
        We book 20+ qualified sales meetings a month for B2B teams.
        Companies like yours use our office fit-out service to cut costs by a fifth.
        Our payroll platform saves HR teams ten hours a week.
        You've been shortlisted for a business excellence award; the entry fee is £895.
        [ask]
        Worth 15 minutes?
        Could I pop in for a coffee and show you some options?
        Can I send you a one-pager?
        [close]
        Thanks, {pfirst}
        Best, {pfirst}
        Cheers
        """
    ),
}
NOISE_FOLLOW_UPS = _lines(
    """Just following up, did you see my last message?
    Hi {tfirst}, bumping this in case it got buried!
    Last try, still happy to help if the timing is better now.
    Offer ends this week, let me know!"""
)
FRIEND_REPLIES = _lines(
    """Ha, yes! Count me in.
    Sounds great, see you there.
    Can't this week, sorry, next time?
    Good to hear from you! All well here.
    Yes!! What time?"""
)
COLLEAGUE_REPLIES = _lines(
    """Sounds good, let's do it.
    Thanks! Next week works for me.
    Good to hear from you, yes let's catch up.
    Ha, thanks. I'll message you when I'm in town."""
)
NOISE_REPLIES = _lines(
    """No thanks.
    Not interested, please remove me.
    Thanks, but not for us.
    Please stop messaging me."""
)
OWNER_OPENERS = _lines(
    """Hi {pfirst}, hope you're well! Quick question about {topic}.
    Hey {pfirst}, are you around for a coffee next week?
    Hi {pfirst}, thanks for connecting. Great to meet you at {event}.
    {pfirst}! Happy birthday, hope you have a great day."""
)
OPENER_ANSWERS = _lines(
    """Hi {tfirst}! Sure, happy to help. Give me a shout.
    Yes, Tuesday or Wednesday works. Usual place?
    Great to meet you too, let's stay in touch.
    Thanks {tfirst}! Very kind of you."""
)
SUBJECTS = {
    "recruiter": ("Opportunity: {role}", "{role} role with {hiring}", "Quick question"),
    "sales": ("Quick question", "{torg} + {company}", "Idea for {torg}"),
    "course": ("Your next career step", "Early-bird places left"),
    "loan": ("Funding for your business", "Pre-approved offer"),
    "conference": ("Invitation: {event}",),
}
