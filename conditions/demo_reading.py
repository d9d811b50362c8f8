"""Demo content: the articles and resources the seed page lists at its foot.

The seed names three blog articles (their titles and first words are kept; "Hip Pain Help",
the seed site's name, becomes this site's, HipHelp), links to a page on understanding pain
and to two self-help courses, and offers a free downloadable resource. The rest of the text
is written for this site in the seed's voice. All of it awaits clinical review.

The courses' outside addresses are placeholders on example.org, like the demo directory's:
an editor replaces them with the real course pages. The downloadable resource is a PDF of
the upper buttock guide's key points, made by WeasyPrint (conditions/pdf.py) from
KEY_POINTS_HTML when the demo content is loaded.
"""

import datetime

# Dates are fixed, so the newest-first order of the guide's foot is the same on every machine.
ARTICLES = [
    {
        "slug": "welcome-to-hiphelp",
        "title": "Welcome to HipHelp",
        "published_on": datetime.date(2025, 3, 3),
        "summary": "HipHelp is a one stop shop for those suffering with hip pain. Learn what the site can do for you.",
        "meta_description": "What HipHelp is, who it is for, and how to use its pain map, guides and directory.",
        "guides": ["upper-buttock"],
        "body": (
            "<p>HipHelp is a one stop shop for those suffering with hip pain. Learn about the many things that can "
            "cause pain around the hip, buttock, groin and pelvis, and find a health professional near you who can "
            "help.</p>"
            "<h3>Start with where it hurts</h3>"
            '<p>Pain is felt in a place, so that is where we start. On our <a href="/en/pain-map/">Pain Locator Map'
            "</a> you can choose the part of the body where you feel pain. Each region leads to a guide that "
            "explains the structures in that area and the things that may go wrong with them.</p>"
            "<h3>One cause at a time</h3>"
            "<p>Each guide is split into tabs: joint, soft tissue, bone, back, nerve and other causes. You can read "
            "them one at a time, or all on one page. Each tab ends with what your Hip Pain Professional can do to "
            "help.</p>"
            "<h3>Find the right help</h3>"
            '<p>When you are ready, our <a href="/en/find-a-professional/">directory of Hip Pain Professionals</a> '
            "lists physiotherapists and other practitioners with a special interest in hip and pelvic pain, so that "
            "you can find one close to home.</p>"
            "<p>HipHelp gives general information, not a diagnosis. If your pain is severe, getting worse, or comes "
            "with fever, numbness or weakness, see a doctor.</p>"
        ),
    },
    {
        "slug": "how-will-a-health-professional-help-me",
        "title": "How Will A Health Professional Help Me?",
        "published_on": datetime.date(2025, 4, 7),
        "summary": (
            "This week we look at how a Hip Pain Professional can help you, and inform you about what to expect."
        ),
        "meta_description": "What happens when you see a Hip Pain Professional: assessment, explanation and a plan.",
        "guides": ["upper-buttock"],
        "body": (
            "<p>This week we look at how a Hip Pain Professional can help you, and inform you about what to expect "
            "at your first visit.</p>"
            "<h3>A detailed assessment</h3>"
            "<p>Your Hip Pain Professional will start by listening. They will ask where your pain is, when it "
            "started, what makes it better or worse and how it affects your day. They will then examine the way you "
            "move, and test the joints, muscles and nerves that may be related to your pain.</p>"
            "<h3>An explanation you can understand</h3>"
            "<p>Understanding your pain is an important part of getting better. Your Hip Pain Professional can "
            "explain what is likely to be going on, and just as importantly, what is not. Many people live "
            "unnecessarily in fear of a diagnosis they do not understand.</p>"
            "<h3>A plan that suits you</h3>"
            "<p>Together you will make a plan. This may include exercises, advice about the positions you spend time "
            "in and the activities you do, hands-on treatment, and changes to your training load. If the problem "
            "does not appear to be in the musculoskeletal system, they can recommend further tests or send you to "
            "another specialist.</p>"
            '<p>To make the most of your visit, you can <a href="/en/pain/upper-buttock/prepare/">prepare for your '
            "appointment with a one-page sheet</a> to fill in and take with you.</p>"
        ),
    },
    {
        "slug": "how-do-i-find-the-right-hip-pain-professional",
        "title": "How Do I Find The Right Hip Pain Professional?",
        "published_on": datetime.date(2025, 5, 5),
        "summary": (
            "HipHelp is an easy to use platform where you can search the Hip Pain Professional directory near you."
        ),
        "meta_description": "How to search the HipHelp directory and choose a Hip Pain Professional who suits you.",
        "guides": ["upper-buttock"],
        "body": (
            "<p>HipHelp is an easy to use platform where you can search the Hip Pain Professional directory for a "
            "practitioner near you.</p>"
            "<h3>Search by where you live</h3>"
            '<p>Type your postcode or suburb into the <a href="/en/find-a-professional/">Find a professional '
            "directory</a> and choose how far you are happy to travel. The results show each professional's "
            "profession, their clinic and how far away it is.</p>"
            "<h3>Look for a special interest</h3>"
            "<p>Each professional lists the areas they have a special interest in. At the end of every pain guide "
            "you will find a postcode box that opens the directory already filtered to that guide's area.</p>"
            "<h3>Think about what matters to you</h3>"
            "<ul>"
            "<li>Can you get there easily, or would a telehealth appointment suit you better?</li>"
            "<li>Does the clinic have the access you need, such as parking or a step-free entrance?</li>"
            "<li>Do they speak your language?</li>"
            "</ul>"
            "<p>Most importantly, choose someone you feel comfortable with, who listens and explains things "
            "clearly.</p>"
        ),
    },
    {
        "slug": "understanding-pain",
        "title": "Understanding pain",
        "published_on": datetime.date(2025, 2, 3),
        "summary": "Pain is an experience that the brain creates. Knowing how it works can make it less frightening.",
        "meta_description": "How pain works: danger sensors, the nervous system and the brain, in plain language.",
        "guides": ["upper-buttock"],
        "body": (
            "<p>Pain is an experience that the brain creates for the purposes of stimulating you to change your "
            "behaviour or seek help for a perceived problem with your body. It is real, and it is there to protect "
            "you.</p>"
            "<h3>Danger sensors</h3>"
            "<p>Irritating or potentially damaging stimuli in your body (like high levels of pressure, tension or "
            "extremes of temperature) activate sense receptors (danger sensors) in the area. Signals from danger "
            "sensors in the body travel through the nervous system to the brain.</p>"
            "<h3>The brain decides</h3>"
            "<p>The brain processes these signals together with everything else it knows: what you are doing, what "
            "happened last time, how tired or worried you are. It sometimes (but not always) produces a pain "
            "experience. This is why the amount of pain you feel does not always match the amount of damage in "
            "your body.</p>"
            "<h3>When pain lasts</h3>"
            "<p>When pain goes on for a long time, the nervous system can become more sensitive, like an alarm that "
            "goes off too easily. Pain then becomes less of a sign of harm. Gentle, regular movement, good sleep and "
            "understanding what is going on can all help to turn the alarm down.</p>"
            "<p>Your Hip Pain Professional can help you understand your pain and make a plan to get moving again. "
            'Start with our <a href="/en/pain-map/">Pain Locator Map</a> to read about the causes of pain in each '
            "region.</p>"
        ),
    },
]

RESOURCES = [
    {
        "slug": "deep-gluteal-syndrome-course",
        "kind": "course",
        "title": "Self help course: deep gluteal (piriformis) syndrome",
        "published_on": datetime.date(2025, 6, 2),
        "summary": ("A self help course for the management and rehabilitation of deep gluteal (piriformis) syndrome."),
        "meta_description": "A self help course for deep gluteal (piriformis) syndrome: what it is, how to manage it.",
        "link": "https://courses.example.org/deep-gluteal-syndrome/",
        "guides": ["upper-buttock"],
        "description": (
            "<p>Hip Pain Help have developed a self help course for the management and rehabilitation of deep "
            "gluteal (piriformis) syndrome.</p>"
            "<p>In deep gluteal syndrome the sciatic nerve is compressed or irritated as it runs through the "
            "buttock. The course explains what is going on, and guides you through:</p>"
            "<ul>"
            "<li>positions and activities that may be irritating the nerve, and what to change</li>"
            "<li>nerve gliding and mobility exercises</li>"
            "<li>exercises to improve the health of the muscles and tendons beside the nerve</li>"
            "<li>when to see your Hip Pain Professional or a doctor</li>"
            "</ul>"
            "<p>The course is a guide, not a diagnosis: if you are not sure what is causing your pain, see a Hip "
            "Pain Professional first.</p>"
        ),
    },
    {
        "slug": "buttock-and-trunk-muscle-pain-course",
        "kind": "course",
        "title": "Self help course: buttock and trunk muscle pain",
        "published_on": datetime.date(2025, 6, 9),
        "summary": "A self help course for pain in the buttock and trunk muscles and their fascia.",
        "meta_description": "A self help course for buttock and trunk muscle pain: load, strength and recovery.",
        "link": "https://courses.example.org/buttock-and-trunk-muscle-pain/",
        "guides": ["upper-buttock"],
        "description": (
            "<p>Hip Pain Help have developed a self help course for pain in the buttock and trunk muscles.</p>"
            "<p>Problems in these soft tissues may develop due to an injury, weakness, overuse, or doing too much or "
            "too little. The course guides you through:</p>"
            "<ul>"
            "<li>understanding overload and underload, and finding the right amount of activity</li>"
            "<li>exercises that build the strength of the buttock and trunk muscles, step by step</li>"
            "<li>strategies for excessive activity or ‘gripping’ of the muscles</li>"
            "<li>when to see your Hip Pain Professional or a doctor</li>"
            "</ul>"
        ),
    },
    {
        "slug": "upper-buttock-pain-key-points",
        "kind": "file",
        "title": "Upper buttock pain: the key points",
        "published_on": datetime.date(2025, 7, 7),
        "summary": "A free printable page: the common causes of upper buttock pain and how a professional can help.",
        "meta_description": "A free printable PDF: the key points of the upper buttock pain guide on one page.",
        "guides": ["upper-buttock"],
        "description": (
            "<p>A free downloadable resource: the key points of our guide to upper buttock pain on one printable "
            "page. Keep it, share it, or take it to your appointment.</p>"
        ),
        "file_name": "resources/upper-buttock-pain-key-points.pdf",
    },
]

# The printable page of the downloadable resource (its own little stylesheet: a PDF runs no CSP).
KEY_POINTS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Upper buttock pain: the key points</title>
<style>
  @page { size: A4; margin: 18mm; }
  body { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 11pt; line-height: 1.45; color: #1f2328; }
  h1 { font-size: 20pt; color: #08504c; margin: 0 0 4mm; }
  h2 { font-size: 13pt; color: #08504c; margin: 6mm 0 2mm; }
  ul { margin: 0; padding-left: 6mm; }
  .note { border-left: 3px solid #c99a00; background: #fff7e0; padding: 3mm 4mm; margin-top: 6mm; }
  .foot { color: #4a4f55; font-size: 9pt; margin-top: 8mm; }
</style></head>
<body>
<h1>Upper buttock pain: the key points</h1>
<p>Upper buttock pain is pain that is experienced over the upper part of the buttock. There are many potential
causes for upper buttock pain.</p>
<h2>Common causes</h2>
<ul>
<li><strong>Joint:</strong> the sacroiliac joint is the joint most likely to be related to pain in the upper
buttock region. Sacroiliac pain and dysfunction are however, greatly over-diagnosed.</li>
<li><strong>Soft tissue:</strong> the muscles, their attachments onto the bone and the fascia that surrounds
them, after an injury, weakness, overuse, overload or underload.</li>
<li><strong>Bone:</strong> a stress fracture of the sacrum, from repeated small traumas or bone that is not
strong enough.</li>
<li><strong>Back:</strong> referred pain from the lumbar discs or joints, or radicular pain from an irritated
nerve root.</li>
<li><strong>Nerve:</strong> deep gluteal (piriformis) syndrome, and cluneal nerve neuralgia.</li>
<li><strong>Other causes:</strong> rheumatological, infective, vascular or organ-related conditions, which are
relatively rare.</li>
</ul>
<h2>Your Hip Pain Professional can</h2>
<ul>
<li>provide a detailed assessment</li>
<li>assist in determining if the problem is musculoskeletal or not</li>
<li>develop a plan to help if the problem is musculoskeletal</li>
<li>recommend further tests or send you to another specialist if needed</li>
</ul>
<p class="note"><strong>Call 000 or go to an emergency department now</strong> if you have loss of bladder or
bowel control, or numbness between the legs; or weakness in both legs, or leg weakness that is quickly getting
worse. <strong>See a doctor today</strong> if you have a fever or feel unwell with your pain.</p>
<p class="foot">HipHelp gives general information, not a diagnosis. This page is awaiting clinical review.
Read the whole guide at HipHelp: Upper buttock pain.</p>
</body></html>
"""
