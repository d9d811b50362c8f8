"""Demo guides for the places the body map gained with its two sides: the tailbone (coccyx) and
the lower abdomen.

Written fresh for this site in the voice of the first guide (demo_content.py). These are drafts
awaiting clinical review, so each guide is flagged ``awaiting_review`` and carries no figures.
"""

GUIDES = [
    {
        "slug": "tailbone",
        "title": "Tailbone (Coccyx) Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Tailbone pain is pain that is felt at the very bottom of the spine, in the top of the cleft between "
            "the buttocks. Its medical name is coccydynia. It is often worse when sitting, especially leaning back, "
            "and when standing up from sitting. Explore the information under each tab below to understand more "
            "about the anatomy of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with tailbone pain:",
        "related_heading": "Pain experienced in the tailbone region may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Tailbone (coccyx) pain explained: the coccyx and its joints, the muscles of the pelvic floor, the lower "
            "back, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Coccydynia after a fall, childbirth or long sitting",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Tension in the muscles of the pelvic floor",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Referred pain from the lower back",
                "category": "back",
                "link_text": "Back-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Tailbone Pain",
                "summary": "the small joints between the coccyx and the sacrum",
                "body": (
                    "<p>The coccyx is a small, curved chain of three to five bones at the bottom of the spine. It "
                    "joins the sacrum above it by a small joint that normally moves a little when you sit down and "
                    "stand up.</p><h3>Coccydynia</h3><p>When this joint moves too much, or too little, or has been "
                    "strained, sitting becomes painful. It often follows a fall onto the bottom, childbirth, or long "
                    "hours sitting on a hard seat or a bike, but it can also start without a clear cause. Pain is "
                    "usually felt in one small spot, is worse sitting and when standing up, and eases when standing "
                    "or walking. Most tailbone pain settles over weeks to a few months with simple measures.</p>"
                ),
                "professional_can": (
                    "<ul><li>examine the area to find where the pain comes from</li><li>advise on sitting, such as "
                    "a wedge or a cushion with a cut-out at the back</li><li>explain what an X-ray taken sitting and "
                    "standing may show</li><li>refer you to a doctor if the pain does not settle</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Tailbone Pain",
                "summary": "the muscles and ligaments of the pelvic floor that attach to the coccyx",
                "body": (
                    "<p>Several muscles of the pelvic floor, and strong ligaments, attach to the coccyx. They help "
                    "support the organs of the pelvis and control the bladder and bowel.</p><h3>Pelvic Floor Muscle "
                    "Pain</h3><p>When these muscles stay tight, often after pain has been present for a while, they "
                    "can pull on the coccyx and keep it sore. Pain may also be felt in the back passage, or with "
                    "opening the bowels. A pelvic health physiotherapist can assess and treat these muscles.</p>"
                ),
                "professional_can": (
                    "<ul><li>assess the muscles of the pelvic floor, with your consent</li><li>teach relaxation and "
                    "breathing to ease muscle tension</li><li>guide gentle exercise and a return to comfortable "
                    "sitting</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Tailbone Pain",
                "summary": "the lower back",
                "body": (
                    "<p>Discs and joints of the lower back can send pain to the bottom of the spine, even when the "
                    "back itself hardly hurts. Back-related pain is less likely to sit in one small spot and is "
                    'often changed by bending or arching the back. <a href="/en/pain/upper-buttock/back/">Read '
                    "more about referred and radicular pain</a>.</p>"
                ),
                "professional_can": (
                    "<ul><li>check your back as well as your tailbone</li><li>test your nerves: feeling, strength "
                    "and reflexes</li><li>guide exercise for the back if it is involved</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Tailbone Pain",
                "summary": "conditions of the skin and the bowel near the tailbone",
                "body": (
                    "<p>A few other conditions cause pain near the tailbone. A pilonidal sinus is a small tract in "
                    "the skin of the cleft that can become infected, swollen and tender. Problems of the back "
                    "passage, such as haemorrhoids or a fissure, can be felt nearby.</p><p>See a doctor soon if "
                    "there is a tender lump, redness or discharge, a fever, bleeding from the back passage, or pain "
                    "that is worse at night and not eased by rest.</p>"
                ),
                "professional_can": (
                    "<ul><li>recognise signs that need a doctor's review</li><li>refer you for tests if "
                    "needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "coccydynia",
                "name": "Coccydynia",
                "other_names": "coccyx pain, tailbone pain, coccygodynia",
                "summary": "Pain at the tailbone, usually worse when sitting and when standing up from sitting.",
                "category": "joint",
                "anchor": "coccydynia",
            },
        ],
    },
    {
        "slug": "lower-abdomen",
        "title": "Lower Abdominal Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Lower abdominal pain is pain that is felt low in the belly, between the belly button and the crease "
            "of the groin, on one side or both. Pain here can come from the hip, the muscles of the tummy wall, the "
            "lower back, a nerve, or an organ inside the abdomen or pelvis. Some of these need a doctor quickly, "
            "so read the warning signs first. Explore the information under each tab below to understand more.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with lower abdominal pain:",
        "related_heading": "Pain experienced in the lower abdomen may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Lower abdominal pain explained: the hip, the tummy wall and groin, the lower back, the nerves of the "
            "groin, and organs of the abdomen and pelvis, and when to see a doctor."
        ),
        "common_conditions": [
            {
                "text": "Strain of the tummy wall or the groin muscles, and hernias",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Hip joint pain felt above the groin",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Pain from the bowel, the bladder or the organs of the pelvis",
                "category": "other",
                "link_text": "Other Causes",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Lower Abdominal Pain",
                "summary": "the hip joint, whose pain can be felt above the groin",
                "body": (
                    "<p>Pain from the hip joint is usually felt in the groin, but it can spread a little higher, to "
                    "the lower abdomen. Clues that the hip is involved include pain with walking, putting on socks "
                    "and shoes, or turning the leg in, and stiffness after rest. Read more about the hip joint in our "
                    '<a href="/en/pain/groin/joint/">groin and front of hip pain</a> guide.</p>'
                ),
                "professional_can": (
                    "<ul><li>examine your hip to tell joint pain apart from other causes</li><li>guide exercise to "
                    "improve hip strength and movement</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Lower Abdominal Pain",
                "summary": "the muscles of the tummy wall and where they meet the groin",
                "body": (
                    "<p>The muscles of the tummy wall attach to the pelvis at the groin and the pubic bone, beside "
                    "the muscles of the inner thigh.</p><h3>Muscle Strain and Groin Pain in Sport</h3><p>Kicking, "
                    "twisting and sprinting sports can strain the lower tummy wall where it meets the groin. Pain is "
                    "often worse with sit-ups, coughing or sneezing, and eases with rest.</p><h3>Hernia</h3><p>A "
                    "hernia is a bulge through a weak spot in the tummy wall, often in the groin. It may ache, "
                    "especially at the end of the day, and the bulge may go back when you lie down. See a doctor "
                    "about a new lump. A lump that becomes hard, very painful and will not go back needs urgent "
                    "care.</p>"
                ),
                "professional_can": (
                    "<ul><li>examine the tummy wall and groin</li><li>guide a gradual return to sport</li><li>refer "
                    "you to a doctor if a hernia is possible</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Lower Abdominal Pain",
                "summary": "the lower back",
                "body": (
                    "<p>The nerves that supply the lower abdomen and groin leave the spine in the lower back. "
                    "Irritation there can be felt at the front, sometimes with little back pain. <a "
                    'href="/en/pain/upper-buttock/back/">Read more about referred and radicular pain</a>.</p>'
                ),
                "professional_can": (
                    "<ul><li>check your back as well as your abdomen and hip</li><li>test your nerves: feeling, "
                    "strength and reflexes</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Lower Abdominal Pain",
                "summary": "the nerves that run through the lower tummy wall to the groin",
                "body": (
                    "<p>Small nerves (the ilioinguinal, iliohypogastric and genitofemoral nerves) run through the "
                    "lower tummy wall to the groin. They can be irritated after surgery in the area, such as a "
                    "hernia repair or a caesarean section, causing burning, sharp or tingling pain along the groin "
                    "crease.</p>"
                ),
                "professional_can": (
                    "<ul><li>test whether a nerve is likely to be involved</li><li>explain ways to ease nerve "
                    "pain</li><li>refer you to a doctor if symptoms persist</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Lower Abdominal Pain",
                "summary": "organs of the abdomen and pelvis: the bowel, the bladder and the reproductive organs",
                "body": (
                    "<p>Many organs sit in the lower abdomen: the bowel, the bladder, and the womb, ovaries and "
                    "fallopian tubes. Conditions such as appendicitis, diverticulitis, a urine infection, "
                    "endometriosis or an ovarian cyst can cause pain here, and some of them need care the same "
                    "day.</p><p>Call 000 or go to an emergency department if the pain is severe or getting "
                    "quickly worse, if you could be pregnant, or if you have a fever, are vomiting, or your belly is "
                    "hard and very tender. See a doctor soon about pain with passing urine, a change in your bowel "
                    "habit, or bleeding.</p>"
                ),
                "professional_can": (
                    "<ul><li>recognise when pain may come from an organ rather than the hip or muscles</li><li>send "
                    "you to a doctor, urgently if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [],
    },
]
