"""Demo urgent-care cards: the "get help now" signs of every guide, written for this site.

Each shared warning sign is written once (RED_FLAGS, keyed by slug) and listed by the cards of
every guide it applies to (CARDS: guide slug -> level -> the slugs of its signs, with a guide's
own signs as rich text under "symptoms"). Mainstream red flags as public health services list
them; all awaiting clinical review.
"""

RED_FLAGS = [
    # Emergency: call 000 or go to an emergency department.
    {"slug": "cauda-equina", "order": 10, "text": "Loss of bladder or bowel control, or numbness between the legs"},
    {
        "slug": "both-legs-weak",
        "order": 20,
        "text": "Weakness in both legs, or leg weakness that is quickly getting worse",
    },
    {
        "slug": "fall-cannot-bear-weight",
        "order": 30,
        "text": "After a fall or injury, you cannot stand or put weight on the leg, or it looks a different shape",
    },
    {
        "slug": "fever-hot-joint",
        "order": 40,
        "text": "A fever, or feeling hot and shivery, with a hot, swollen or very painful joint",
    },
    {"slug": "chest-pain-breathless", "order": 50, "text": "Chest pain or sudden shortness of breath"},
    {
        "slug": "groin-lump-stuck",
        "order": 60,
        "text": "A painful lump in the groin that you cannot push back, especially if you are being sick",
    },
    # See a doctor today.
    {
        "slug": "swollen-calf-thigh",
        "order": 110,
        "text": "A swollen, painful, warm or red calf or thigh: it may be a blood clot",
    },
    {"slug": "child-limp", "order": 120, "text": "A child or teenager with a new limp, or hip, thigh or knee pain"},
    {"slug": "one-leg-numb-weak", "order": 130, "text": "New numbness, pins and needles or weakness in one leg"},
    {"slug": "fever-with-pain", "order": 140, "text": "A fever or feeling unwell with your pain"},
    {
        "slug": "urine-burning-blood",
        "order": 150,
        "text": "Burning when you pass urine, blood in your urine, or unusual bleeding",
    },
    {
        "slug": "worse-with-each-run",
        "order": 160,
        "text": "Pain that gets worse with every run or walk, or that now hurts when you rest",
    },
    {
        "slug": "morning-stiffness-both-sides",
        "order": 170,
        "text": "New pain and stiffness in both hips or both shoulders, worst in the morning",
    },
    {
        "slug": "night-pain-weight-loss",
        "order": 180,
        "text": "Pain at night that does not ease, with weight loss you cannot explain or a past cancer",
    },
]

BACK_AND_BUTTOCK = {
    "emergency": ["cauda-equina", "both-legs-weak", "fall-cannot-bear-weight", "fever-hot-joint"],
    "today": ["one-leg-numb-weak", "fever-with-pain", "night-pain-weight-loss"],
}

CARDS = {
    "upper-buttock": BACK_AND_BUTTOCK,
    "lower-buttock": BACK_AND_BUTTOCK,
    "lower-back": {
        "emergency": ["cauda-equina", "both-legs-weak", "fall-cannot-bear-weight"],
        "today": ["one-leg-numb-weak", "fever-with-pain", "night-pain-weight-loss"],
    },
    "outer-thigh": {
        "emergency": ["cauda-equina", "both-legs-weak", "fall-cannot-bear-weight"],
        "today": ["one-leg-numb-weak", "swollen-calf-thigh", "night-pain-weight-loss"],
    },
    "back-of-thigh": {
        "emergency": ["cauda-equina", "both-legs-weak", "chest-pain-breathless"],
        "today": ["swollen-calf-thigh", "one-leg-numb-weak", "night-pain-weight-loss"],
    },
    "groin": {
        "emergency": ["fall-cannot-bear-weight", "fever-hot-joint", "groin-lump-stuck"],
        "today": ["child-limp", "worse-with-each-run", "night-pain-weight-loss"],
    },
    "pubic": {
        "emergency": ["cauda-equina", "fall-cannot-bear-weight", "groin-lump-stuck"],
        "today": ["urine-burning-blood", "fever-with-pain", "worse-with-each-run"],
    },
    "front-thigh": {
        "emergency": ["fall-cannot-bear-weight", "chest-pain-breathless"],
        "emergency_symptoms": (
            "<ul><li>A thigh that becomes very swollen, tight and more and more painful after a knock</li></ul>"
        ),
        "today": ["swollen-calf-thigh", "child-limp", "one-leg-numb-weak"],
    },
    "inner-thigh": {
        "emergency": ["chest-pain-breathless", "groin-lump-stuck", "fall-cannot-bear-weight"],
        "today": ["swollen-calf-thigh", "child-limp", "night-pain-weight-loss"],
    },
    "lateral-hip": {
        "emergency": ["fall-cannot-bear-weight", "fever-hot-joint"],
        "today": ["morning-stiffness-both-sides", "fever-with-pain", "night-pain-weight-loss"],
    },
    "knee": {
        "emergency": ["fall-cannot-bear-weight", "fever-hot-joint", "cauda-equina"],
        "today": ["child-limp", "swollen-calf-thigh", "night-pain-weight-loss"],
    },
    "tailbone": {
        "emergency": ["cauda-equina", "both-legs-weak"],
        "today": ["fever-with-pain", "night-pain-weight-loss"],
        "today_symptoms": (
            "<ul><li>A tender, swollen or red lump in the cleft between the buttocks, or discharge from "
            "it</li><li>Bleeding from the back passage</li></ul>"
        ),
    },
    "lower-abdomen": {
        "emergency": ["groin-lump-stuck", "chest-pain-breathless"],
        "emergency_symptoms": (
            "<ul><li>Severe belly pain, or pain that is quickly getting worse</li><li>Belly pain or bleeding when "
            "you are or could be pregnant</li><li>A hard, very tender belly, or belly pain with vomiting that will "
            "not stop</li></ul>"
        ),
        "today": ["fever-with-pain", "urine-burning-blood", "night-pain-weight-loss"],
    },
}
