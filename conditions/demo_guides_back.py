"""Demo guides for the back and leg places of the body map: outer thigh, lower buttock and
sitting bone, back of thigh, lower back, and knee pain from the hip.

Written fresh for this site in the voice of the first guide (demo_content.py). These are drafts
awaiting clinical review, so each guide is flagged ``awaiting_review`` and carries no figures.
"""

GUIDES = [
    {
        "slug": "outer-thigh",
        "title": "Outer Thigh Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Outer thigh pain is pain that is felt along the outside of the thigh, between the hip and the knee. "
            "It has several possible causes, and more than one can be involved. Explore the information under each "
            "tab below to understand more about the anatomy of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with outer thigh pain:",
        "related_heading": "Pain experienced in the outer thigh region may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Outer thigh pain explained: gluteal tendons, the ITB, the hip joint, the lower back and the lateral "
            "femoral cutaneous nerve, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Gluteal tendinopathy, with pain spreading down the side of the thigh",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Meralgia paraesthetica (irritation of the lateral femoral cutaneous nerve)",
                "category": "nerve",
                "link_text": "Peripheral Nerve-Related Pain",
            },
            {
                "text": "Referred or radicular pain from the lower back",
                "category": "back",
                "link_text": "Back-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Pain in the Outer Thigh",
                "summary": "the hip joint, where the thigh bone meets the pelvis",
                "body": (
                    "<p>The hip is a ball and socket joint: the rounded top of the thigh bone (femur) sits in a cup "
                    "in the pelvis. Hip joint pain is usually felt in the groin, but it can spread to the side of "
                    "the hip and down the outer thigh.</p><h3>Hip Joint Pain Felt in the Outer Thigh</h3><p>Causes "
                    "include hip osteoarthritis, more common from middle age, and femoroacetabular impingement "
                    "syndrome (FAI syndrome) or a labral tear, more common in younger active people. Clues that the "
                    "joint is involved include stiffness, trouble putting on socks and shoes, and groin pain as "
                    "well. Joint pain and tendon pain at the side of the hip can feel alike, and both can be "
                    'present. Read more about the hip joint in our <a href="/en/pain/groin/joint/">groin and front '
                    "of hip pain</a> guide.</p>"
                ),
                "professional_can": (
                    "<ul><li>examine your hip to tell joint pain apart from tendon, back or nerve "
                    "pain</li><li>explain what an X-ray or other scan may or may not add</li><li>guide exercise to "
                    "improve hip strength, movement and confidence</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Pain in the Outer Thigh",
                "summary": "muscles, tendons and the iliotibial band at the side of the hip and thigh",
                "body": (
                    "<p>Two buttock muscles attach by tendons to the bony point at the side of the hip. Over them "
                    "lies the iliotibial band (ITB), a strong band of fascia running down the outer thigh to the "
                    "knee.</p><h3>Gluteal Tendinopathy</h3><p>Here the gluteal tendons have become painful and less "
                    "able to handle load. It is the most common cause of pain at the side of the hip, and the pain "
                    "often spreads down the outer thigh. It used to be called “trochanteric bursitis” (read more "
                    'under <a href="/en/pain/lateral-hip/soft-tissue/">outer hip pain</a>). Pain is often worse '
                    "lying on your side, standing on one leg, climbing stairs or sitting with your legs "
                    "crossed.</p><h3>Iliotibial Band Pain</h3><p>A firm ITB is normal, and stretching or foam "
                    "rolling does not lengthen it. Pain along it usually reflects load on the tissues beneath, such "
                    "as the gluteal tendons. For pain at the outside of the knee, see <a "
                    'href="/en/pain/knee/soft-tissue/">knee pain from the hip</a>.</p>'
                ),
                "professional_can": (
                    "<ul><li>work out whether the pain comes from the tendons, the hip joint, the back or a "
                    "nerve</li><li>guide a gradual strengthening program</li><li>advise on positions that squeeze "
                    "the tendons, such as crossing your legs</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Pain in the Outer Thigh",
                "summary": "the thigh bone (femur), although this is rare",
                "body": (
                    "<h3>Stress Fracture of the Thigh Bone</h3><p>A stress fracture is a small crack caused by "
                    "repeated loading. In the thigh bone it is uncommon, seen mostly in distance runners or in bone "
                    "weakened by low bone density. It feels like a deep ache that builds with activity and eases "
                    "with rest. Pain at night or at rest is a reason to have it checked.</p><p>Rarely, long-term use "
                    "of some bone-strengthening medicines is linked with an unusual fracture of the outer thigh "
                    "bone. If you take one of these and notice new thigh pain, talk to your doctor. If you cannot "
                    "bear weight after a fall, seek medical care urgently.</p>"
                ),
                "professional_can": (
                    "<ul><li>recognise when a bone problem may be present and arrange imaging</li><li>guide a "
                    "gradual return to walking and running once the bone has healed</li><li>review training loads "
                    "and other factors that affect bone health</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Outer Thigh Pain",
                "summary": "the lower back",
                "body": (
                    "<h3>Referred Pain from the Back</h3><p>Discs and joints of the lower back can send a dull, "
                    "spread-out ache into the buttock and outer thigh, even when the back itself hardly "
                    "hurts.</p><h3>L5 Nerve Root Pain</h3><p>The L5 nerve root supplies the skin down the outer "
                    "thigh and shin to the top of the foot. When it is irritated, often by a nearby disc, pain may "
                    "shoot down the side of the leg, sometimes with pins and needles, numbness or a weak foot. This "
                    'is a type of radicular pain, often called sciatica. <a href="/en/pain/upper-buttock/back/">Read '
                    "more about referred and radicular pain</a>.</p>"
                ),
                "professional_can": (
                    "<ul><li>check both your back and your hip, as either or both may be involved</li><li>test your "
                    "nerves: feeling, strength and reflexes</li><li>treat the back, the hip or both, and refer you "
                    "for tests if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Pain in the Outer Thigh",
                "summary": "the lateral femoral cutaneous nerve, which supplies the skin of the outer thigh",
                "body": (
                    "<p>The lateral femoral cutaneous nerve carries feeling from the skin of the outer thigh; it "
                    "does not work any muscles. It leaves the pelvis near the bony point at the front of the hip, "
                    "where it can be squeezed.</p><h3>Meralgia Paraesthetica</h3><p>Meralgia paraesthetica is "
                    "irritation of this nerve. It usually causes burning, tingling or numbness over the front and "
                    "outer thigh, and skin that is sensitive to clothing, often worse with long standing or walking. "
                    "It is linked with tight belts or clothing, weight gain, pregnancy and diabetes. It should not "
                    "cause leg weakness, and many cases settle once the pressure on the nerve is eased.</p>"
                ),
                "professional_can": (
                    "<ul><li>test whether a nerve is likely to be involved, and which one</li><li>advise on "
                    "positions and clothing that press on the nerve</li><li>treat nearby muscles and tendons that "
                    "may irritate the nerve</li><li>refer you to a doctor if symptoms persist</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "iliotibial-band-pain",
                "name": "Iliotibial band pain",
                "other_names": "ITB pain, tight ITB, IT band pain",
                "summary": (
                    "Pain along the firm band of fascia on the outside of the thigh, usually a sign of load on the "
                    "tissues beneath it."
                ),
                "category": "soft-tissue",
                "anchor": "iliotibial-band-pain",
            },
            {
                "slug": "l5-nerve-root-pain",
                "name": "L5 nerve root pain",
                "other_names": "L5 radiculopathy, L5 radicular pain, sciatica",
                "summary": (
                    "Sharp or shooting pain down the side of the leg from an irritated L5 nerve root in the lower back."
                ),
                "category": "back",
                "anchor": "l5-nerve-root-pain",
            },
            {
                "slug": "meralgia-paraesthetica",
                "name": "Meralgia paraesthetica",
                "other_names": "meralgia paresthetica, lateral femoral cutaneous nerve entrapment, LFCN",
                "summary": (
                    "Burning, tingling or numbness over the outer thigh from a squeezed skin nerve near the front of "
                    "the hip."
                ),
                "category": "nerve",
                "anchor": "meralgia-paraesthetica",
            },
        ],
    },
    {
        "slug": "lower-buttock",
        "title": "Lower Buttock and Sitting Bone Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Lower buttock and sitting bone pain is pain that is felt low in the buttock, often around the bony "
            "point you sit on (the sitting bone). Many structures meet here, so there are several possible causes. "
            "Explore the information under each tab below to understand more about the anatomy of the area and "
            "things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with lower buttock and sitting bone pain:",
        "related_heading": "Pain experienced in the lower buttock and sitting bone region may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Lower buttock and sitting bone pain explained: hamstring tendons, the hip, the lower back and nerves "
            "such as the sciatic nerve, and how to get help."
        ),
        "common_conditions": [
            {
                "text": "Proximal hamstring tendinopathy",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Deep gluteal syndrome (irritation of the sciatic nerve in the buttock)",
                "category": "nerve",
                "link_text": "Peripheral Nerve-Related Pain",
            },
            {
                "text": "Referred or radicular pain from the lower back",
                "category": "back",
                "link_text": "Back-Related Hip Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Pain in the Lower Buttock",
                "summary": "the hip joint, and the space between the sitting bone and the thigh bone",
                "body": (
                    "<p>Between the sitting bone and the top of the thigh bone is a narrow space, filled by a small "
                    "muscle, with the sciatic nerve close by.</p><h3>Ischiofemoral Impingement</h3><p>Here the space "
                    "is narrower than usual, so the muscle can be pinched between the two bones. It is more common "
                    "in women. Pain is deep in the lower buttock, often brought on by long strides, such as fast "
                    "walking or running, and eased by shorter steps.</p><h3>Hip Joint Pain</h3><p>Hip joint "
                    "problems, such as osteoarthritis, are usually felt in the groin but can be felt deep in the "
                    "buttock.</p>"
                ),
                "professional_can": (
                    "<ul><li>assess how your hip moves and which movements bring on your pain</li><li>suggest "
                    "changes to stride and daily movements that may reduce pinching</li><li>guide exercises to "
                    "improve control of the muscles around the hip</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Pain in the Lower Buttock",
                "summary": "the hamstring tendons and the bursa at the sitting bone",
                "body": (
                    "<p>The three hamstring muscles attach to the sitting bone by a strong shared tendon. A small "
                    "fluid-filled sac (the ischial bursa) cushions the bone.</p><h3>Proximal Hamstring "
                    "Tendinopathy</h3><p>Here the hamstring tendon near the sitting bone has become painful and less "
                    "able to handle load. It is common in runners. It typically causes a deep ache at the sitting "
                    "bone that is worse when sitting, running, lunging or bending forward with straight legs. "
                    "Hamstring stretches often make it worse, as they press the tendon against the bone. Tendons "
                    "usually respond best to loading that is built up gradually.</p><h3>Ischial Bursitis</h3><p>The "
                    "bursa can become irritated after long sitting on hard surfaces or a fall onto the bottom.</p>"
                ),
                "professional_can": (
                    "<ul><li>work out whether the tendon, the bursa or another structure is the likely "
                    "source</li><li>provide a staged tendon-loading program</li><li>advise on sitting, driving, and "
                    "which stretches to avoid for now</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Pain in the Sitting Bone",
                "summary": "the sitting bone (ischial tuberosity), part of the pelvis",
                "body": (
                    "<h3>Ischial Avulsion Injury</h3><p>In children and teenagers, the hamstring tendon attaches to "
                    "a growth area of the sitting bone. A sudden, forceful movement, such as sprinting or doing the "
                    "splits, can pull a piece of it away, with sudden pain and difficulty walking. A young person "
                    "with this injury should see a doctor promptly.</p><h3>Stress Fracture and Fracture</h3><p>A "
                    "stress fracture near the sitting bone is rare, seen in distance runners and in older people "
                    "with low bone density. A hard fall onto the bottom can bruise or, less often, break the bone. "
                    "If you cannot bear weight after a fall, seek medical care urgently.</p>"
                ),
                "professional_can": (
                    "<ul><li>recognise when a bone injury may be present and arrange imaging or a medical "
                    "review</li><li>guide rehabilitation and a gradual return to sport once the bone has "
                    "healed</li><li>review training loads and bone health</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Lower Buttock Pain",
                "summary": "the lower back",
                "body": (
                    "<p><strong>Referred pain</strong> from discs and joints of the lower back is usually a dull, "
                    "deep ache that is hard to pin down. <strong>Radicular pain</strong>, from a nerve root "
                    "irritated as it leaves the spine, tends to be sharper and shoots down the back of the leg, "
                    "sometimes with tingling or numbness. Back pain and hamstring tendon pain can feel alike, and it "
                    'is common to have both. Read more in our <a href="/en/pain/upper-buttock/back/">upper buttock '
                    "guide</a>.</p>"
                ),
                "professional_can": (
                    "<ul><li>check both your back and your hip, as either or both may be involved</li><li>test your "
                    "nerves: feeling, strength and reflexes</li><li>treat the back, the hip or both, and refer you "
                    "for tests if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Pain in the Lower Buttock",
                "summary": "nerves that pass through the lower buttock, such as the sciatic and pudendal nerves",
                "body": (
                    "<h3>Deep Gluteal Syndrome</h3><p>The sciatic nerve passes beside the sitting bone into the back "
                    "of the thigh. It can be irritated by tight bands or an unhealthy hamstring tendon nearby, "
                    'causing buttock pain that may spread down the leg. <a href="/en/pain/upper-buttock/nerve/">Read '
                    "more about deep gluteal syndrome</a>.</p><h3>Pudendal Neuralgia</h3><p>The pudendal nerve "
                    "supplies the area between the legs. When irritated, it can cause burning pain there that is "
                    "worse sitting and eased by standing or lying down.</p><h3>Posterior Femoral Cutaneous Nerve "
                    "Irritation</h3><p>This nerve supplies the skin of the lower buttock and back of the thigh, and "
                    "can cause burning or numbness there.</p>"
                ),
                "professional_can": (
                    "<ul><li>test whether a nerve is likely to be involved, and which one</li><li>advise on "
                    "positions and clothing that press on the nerve</li><li>treat nearby muscles and tendons that "
                    "may irritate the nerve</li><li>refer you to a pelvic floor physiotherapist if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Lower Buttock & Sitting Bone Pain",
                "summary": "the tailbone, pelvic organs, blood vessels or other health issues",
                "body": (
                    "<p>Less often, lower buttock pain comes from:</p><ul><li>the tailbone (coccyx), especially "
                    "after a fall or childbirth</li><li>the bowel or pelvic organs</li><li>narrowed arteries, "
                    "causing buttock cramping that comes on with walking and eases quickly with rest</li><li>rarely, "
                    "an infection or a growth</li></ul><p>See a doctor promptly if your pain comes with fever, "
                    "unexplained weight loss, bleeding from the back passage, or night pain that does not ease.</p>"
                ),
                "professional_can": (
                    "<ul><li>check whether your pain is likely to come from muscles, joints or "
                    "nerves</li><li>recognise signs that need medical care and refer you on</li><li>help with a plan "
                    "when the pain is musculoskeletal</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "ischiofemoral-impingement",
                "name": "Ischiofemoral impingement",
                "other_names": "IFI, quadratus femoris impingement",
                "summary": (
                    "Pinching of a small muscle in the narrow space between the sitting bone and the thigh bone, "
                    "felt deep in the lower buttock."
                ),
                "category": "joint",
                "anchor": "ischiofemoral-impingement",
            },
            {
                "slug": "proximal-hamstring-tendinopathy",
                "name": "Proximal hamstring tendinopathy",
                "other_names": "high hamstring tendinopathy, hamstring origin tendinopathy",
                "summary": (
                    "A painful hamstring tendon at the sitting bone, often worse with sitting, running and bending "
                    "forward."
                ),
                "category": "soft-tissue",
                "anchor": "proximal-hamstring-tendinopathy",
            },
            {
                "slug": "ischial-bursitis",
                "name": "Ischial bursitis",
                "other_names": "ischiogluteal bursitis, weaver's bottom",
                "summary": (
                    "Irritation of the small fluid-filled sac over the sitting bone, often after long sitting or a "
                    "fall."
                ),
                "category": "soft-tissue",
                "anchor": "ischial-bursitis",
            },
            {
                "slug": "ischial-avulsion-injury",
                "name": "Ischial avulsion injury",
                "other_names": "ischial tuberosity avulsion fracture, ischial apophyseal avulsion",
                "summary": (
                    "A piece of the sitting bone's growth area pulled away by the hamstring in a young athlete; "
                    "needs prompt medical review."
                ),
                "category": "bone",
                "anchor": "ischial-avulsion-injury",
            },
            {
                "slug": "pudendal-neuralgia",
                "name": "Pudendal neuralgia",
                "other_names": "pudendal nerve entrapment, Alcock's canal syndrome",
                "summary": (
                    "Burning or aching pain between the legs from an irritated pudendal nerve, usually worse with "
                    "sitting."
                ),
                "category": "nerve",
                "anchor": "pudendal-neuralgia",
            },
            {
                "slug": "posterior-femoral-cutaneous-neuralgia",
                "name": "Posterior femoral cutaneous nerve irritation",
                "other_names": "posterior femoral cutaneous neuralgia, PFCN",
                "summary": (
                    "Burning or numbness over the lower buttock and back of the thigh from an irritated skin nerve."
                ),
                "category": "nerve",
                "anchor": "posterior-femoral-cutaneous-nerve-irritation",
            },
        ],
    },
    {
        "slug": "back-of-thigh",
        "title": "Back of Thigh Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Back of thigh pain is pain that is felt behind the thigh, between the buttock crease and the back of "
            "the knee. It often comes from the hamstring muscles, but the lower back and the nerves running down the "
            "leg can cause it too. Explore the information under each tab below to understand more about the anatomy "
            "of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with back of thigh pain:",
        "related_heading": "Pain experienced in the back of the thigh may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Back of thigh pain explained: hamstring strains and tendons, the lower back, the sciatic nerve and "
            "blood clots, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Hamstring strain (a torn or “pulled” hamstring)",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Radicular pain from the lower back (sciatica)",
                "category": "back",
                "link_text": "Back-Related Pain",
            },
            {
                "text": "Irritation of the sciatic nerve or the posterior femoral cutaneous nerve",
                "category": "nerve",
                "link_text": "Peripheral Nerve-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Pain in the Back of the Thigh",
                "summary": "the hamstring muscles and their tendons",
                "body": (
                    "<p>The three hamstring muscles run from the sitting bone, down the back of the thigh and across "
                    "the knee. They work very hard in sprinting and kicking.</p><h3>Hamstring Strain</h3><p>A "
                    "hamstring strain is a tear of some of the muscle fibres. It usually happens suddenly while "
                    "sprinting or kicking, with a sharp pain in the back of the thigh, and bruising may appear a few "
                    "days later. Most strains recover well with graded rehabilitation, and strength work lowers the "
                    "risk of another one.</p><h3>Hamstring Tendon Tear</h3><p>Less often, the tendon pulls away from "
                    "the sitting bone, for example in a fall that forces the leg forward with the knee straight, as "
                    "in water-skiing. There is often a “pop”, large bruising and difficulty walking. This needs a "
                    "prompt medical review, as some people do best with early surgery.</p><h3>Hamstring "
                    "Tendinopathy</h3><p>Tendon pain that builds up gradually is most common at the sitting bone: "
                    'see <a href="/en/pain/lower-buttock/soft-tissue/">lower buttock and sitting bone pain</a>.</p>'
                ),
                "professional_can": (
                    "<ul><li>assess the injury and estimate the likely recovery time</li><li>provide a staged "
                    "program to rebuild strength, speed and confidence</li><li>guide a safe return to running and "
                    "sport</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Pain in the Back of the Thigh",
                "summary": "the thigh bone (femur), although this is rare",
                "body": (
                    "<p>Bone is an uncommon source of pain at the back of the thigh. A stress fracture of the thigh "
                    "bone (femur), a small crack from repeated loading, can occur in distance runners, often after a "
                    "sudden increase in training. It is usually a deep ache that worsens with activity.</p><p>Very "
                    "rarely, pain comes from an infection or a growth in the bone. See a doctor if thigh pain comes "
                    "with fever, unexplained weight loss or night pain that does not ease.</p>"
                ),
                "professional_can": (
                    "<ul><li>recognise when a bone problem may be present and arrange imaging</li><li>review your "
                    "training loads and recovery</li><li>guide a gradual return to activity once the bone has "
                    "healed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back of Thigh Pain from the Lower Back",
                "summary": "the lower back",
                "body": (
                    "<h3>Referred Pain</h3><p>Discs and joints of the lower back can refer a deep, dull ache into "
                    "the buttock and back of the thigh, even when the back is not very sore. It usually stays above "
                    "the knee, without pins and needles or numbness.</p><h3>S1 Nerve Root Pain</h3><p>The S1 nerve "
                    "root supplies the skin down the back of the thigh and calf to the outer foot. When it is "
                    "irritated, often by a disc bulge at the base of the spine, pain may shoot down the back of the "
                    "leg, often below the knee, sometimes with tingling, numbness or weakness. This is a type of "
                    "radicular pain, often called sciatica. Many people improve over weeks to months by staying "
                    "active with guided exercise.</p>"
                ),
                "professional_can": (
                    "<ul><li>check both your back and your hip, as either or both may be involved</li><li>test your "
                    "nerves: feeling, strength and reflexes</li><li>treat the back, the hip or both, and refer you "
                    "for tests if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Pain in the Back of the Thigh",
                "summary": "the sciatic nerve and the posterior femoral cutaneous nerve",
                "body": (
                    "<p>The sciatic nerve runs deep between the hamstring muscles to the lower leg and foot. The "
                    "posterior femoral cutaneous nerve runs just under the skin and carries feeling from the back of "
                    "the thigh.</p><h3>Hamstring Syndrome</h3><p>The sciatic nerve can be irritated where it passes "
                    "beside the sitting bone and hamstring tendons, or by scar tissue after a hamstring injury. This "
                    "can cause burning, tingling or electric pain down the back of the thigh, often worse with "
                    'sitting or stretching. See <a href="/en/pain/lower-buttock/nerve/">nerve-related lower buttock '
                    "pain</a> for more.</p><p>Irritation of the posterior femoral cutaneous nerve causes burning or "
                    "numbness over the back of the thigh, but no weakness.</p>"
                ),
                "professional_can": (
                    "<ul><li>test whether a nerve is likely to be involved, and which one</li><li>advise on "
                    "positions and clothing that press on the nerve</li><li>treat nearby muscles and tendons that "
                    "may irritate the nerve</li><li>refer you to a doctor or specialist if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Back of Thigh Pain",
                "summary": "blood vessels, such as a blood clot, and other health issues",
                "body": (
                    "<h3>Blood Clot (Deep Vein Thrombosis)</h3><p>A deep vein thrombosis (DVT) is a blood clot in a "
                    "deep vein, most often in the calf but sometimes in the thigh. It is not common, but it is "
                    "important not to miss. Signs include swelling of one leg, aching or tenderness that does not "
                    "ease, and skin that is warm or red.</p><p>The risk is higher after surgery, a hospital stay or "
                    "long travel, with the leg in a cast, during pregnancy and after birth, with some hormone "
                    "medicines, and with cancer. If you think you may have a DVT, see a doctor the same day. Call "
                    "triple zero (000) if you have chest pain or sudden shortness of breath.</p>"
                ),
                "professional_can": (
                    "<ul><li>check whether your pain is likely to come from muscles, joints or "
                    "nerves</li><li>recognise signs that need medical care and refer you on</li><li>help with a plan "
                    "when the pain is musculoskeletal</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "hamstring-strain",
                "name": "Hamstring strain",
                "other_names": "pulled hamstring, torn hamstring, hamstring tear",
                "summary": "A sudden tear of some hamstring muscle fibres, usually while sprinting or kicking.",
                "category": "soft-tissue",
                "anchor": "hamstring-strain",
            },
            {
                "slug": "proximal-hamstring-avulsion",
                "name": "Hamstring tendon tear",
                "other_names": "proximal hamstring avulsion, hamstring tendon rupture",
                "summary": (
                    "The hamstring tendon pulled off the sitting bone, with a pop and large bruising; needs prompt "
                    "medical review."
                ),
                "category": "soft-tissue",
                "anchor": "hamstring-tendon-tear",
            },
            {
                "slug": "s1-nerve-root-pain",
                "name": "S1 nerve root pain",
                "other_names": "S1 radiculopathy, S1 radicular pain, sciatica",
                "summary": (
                    "Shooting pain down the back of the leg from an irritated S1 nerve root at the base of the spine."
                ),
                "category": "back",
                "anchor": "s1-nerve-root-pain",
            },
            {
                "slug": "hamstring-syndrome",
                "name": "Hamstring syndrome",
                "other_names": "sciatic nerve irritation in the thigh, ischial tunnel syndrome",
                "summary": (
                    "Irritation of the sciatic nerve beside the sitting bone and hamstring tendons, felt down the "
                    "back of the thigh."
                ),
                "category": "nerve",
                "anchor": "hamstring-syndrome",
            },
            {
                "slug": "deep-vein-thrombosis",
                "name": "Deep vein thrombosis",
                "other_names": "DVT, blood clot in the leg",
                "summary": (
                    "A blood clot in a deep vein of the leg, with swelling and aching; see a doctor the same day."
                ),
                "category": "other",
                "anchor": "blood-clot-deep-vein-thrombosis",
            },
        ],
    },
    {
        "slug": "lower-back",
        "title": "Lower Back Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Lower back pain is pain that is felt between the bottom of the ribs and the top of the buttocks. It "
            "is very common and often goes hand in hand with hip and buttock pain, because the back, pelvis and hips "
            "share nerves and work closely together. Explore the information under each tab below to understand more "
            "about the anatomy of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with lower back pain:",
        "related_heading": "Pain experienced in the lower back region may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Lower back pain and the hip: how the back's joints, muscles and nerves can cause hip and buttock pain, "
            "signs that need a doctor, and where to get help."
        ),
        "common_conditions": [
            {
                "text": "Non-specific low back pain",
                "category": "back",
                "link_text": "Back-Related Pain",
            },
            {
                "text": "Facet joint or sacroiliac joint pain",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Sciatica (radicular pain from an irritated nerve root)",
                "category": "back",
                "link_text": "Back-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Lower Back Pain",
                "summary": "the small joints of the spine and the sacroiliac joints",
                "body": (
                    "<p>The lower back (lumbar spine) has five vertebrae, joined at the front by discs and at the "
                    "back by pairs of small facet joints. Below them, the spine joins the pelvis at the sacroiliac "
                    "joints.</p><h3>Facet Joint Pain</h3><p>Facet joints can become sore after a strain or with "
                    "age-related change. The pain is usually to one side of the lower back, can spread into the "
                    "buttock, and is often worse bending backwards or twisting.</p><h3>Sacroiliac Joint "
                    "Pain</h3><p>This is felt low, over the dimples at the top of the buttocks, and is more common "
                    'during and after pregnancy. Read more in our <a href="/en/pain/upper-buttock/joint/">upper '
                    "buttock guide</a>. A stiff hip can also leave the back to do more of the moving.</p>"
                ),
                "professional_can": (
                    "<ul><li>assess your back, pelvis and hips to find which joints are likely to be "
                    "involved</li><li>explain what scan findings do and do not mean</li><li>guide exercises to "
                    "restore movement, strength and confidence</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Lower Back Pain",
                "summary": "the muscles and fascia of the back and trunk",
                "body": (
                    "<p>Layers of muscle and strong fascia wrap around the lower back and link it with the pelvis, "
                    "buttocks and abdomen, supporting the spine and passing force between the trunk and "
                    "legs.</p><h3>Back Muscle Strain</h3><p>A strain can follow lifting, twisting or an unfamiliar "
                    "task. Pain may be sharp at first, and the muscles may feel tight or spasm. Most strains settle "
                    "within days to a few weeks, and gentle movement usually helps more than bed rest. Stress, poor "
                    "sleep and worry can add to muscle tension and to how sensitive the back feels.</p>"
                ),
                "professional_can": (
                    "<ul><li>assess how your back moves and which activities are loading it</li><li>help you stay "
                    "active and return to normal tasks in steps</li><li>guide exercise to build strength and "
                    "endurance in the trunk and hips</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Hip & Buttock Pain",
                "summary": "the lower back as a source of hip, buttock and leg pain",
                "body": (
                    "<h3>Non-Specific Low Back Pain</h3><p>Most lower back pain is called “non-specific”: no single "
                    "structure can be identified as the cause, and no serious problem is present. The pain is still "
                    "real. Most episodes improve within a few weeks, though pain can return from time to time. Scans "
                    "are rarely needed, and staying active is one of the most helpful things you can "
                    "do.</p><h3>Referred Pain into the Hip and Buttock</h3><p>Discs and joints of the lower back can "
                    "send a dull ache into the buttock, hip, groin or thigh, so back pain may feel like hip "
                    "pain.</p><h3>Radicular Pain and Sciatica</h3><p>An irritated nerve root, often from a disc "
                    "bulge, can cause pain that shoots down the leg, sometimes with tingling, numbness or "
                    "weakness.</p><h3>Lumbar Spinal Stenosis</h3><p>In older adults, narrowing around the nerves can "
                    "cause buttock and leg pain or heaviness that builds with walking and eases with sitting or "
                    "bending forward.</p>"
                ),
                "professional_can": (
                    "<ul><li>check both your back and your hip, as either or both may be involved</li><li>test your "
                    "nerves: feeling, strength and reflexes</li><li>treat the back, the hip or both, and refer you "
                    "for tests if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Pain Near the Lower Back",
                "summary": "small nerves that cross the back of the pelvis",
                "body": (
                    "<p>Problems where nerve roots leave the spine are covered under the Back tab. Problems further "
                    "along a nerve can also be felt near the lower back.</p><p>The superior cluneal nerves are small "
                    "skin nerves that cross the top rim of the pelvis to the buttock. Where they pass through "
                    "fibrous tunnels they can be squeezed, causing pain where the lower back meets the buttock that "
                    "is easily mistaken for back pain. It may burn or tingle, and pressing one spot may set it off. "
                    'Read more about <a href="/en/pain/upper-buttock/nerve/">nerve-related buttock pain</a>.</p>'
                ),
                "professional_can": (
                    "<ul><li>test whether a nerve is likely to be involved, and which one</li><li>advise on "
                    "positions and clothing that press on the nerve</li><li>treat nearby muscles and tendons that "
                    "may irritate the nerve</li><li>refer you to a doctor or pain specialist if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Lower Back Pain",
                "summary": "other health issues, including signs that need prompt medical care",
                "body": (
                    "<h3>Cauda Equina Syndrome</h3><p>This is a rare but serious squeezing of the bundle of nerves "
                    "at the bottom of the spine. <strong>Go to an emergency department straight away</strong> if "
                    "back or leg pain comes with:</p><ul><li>numbness in the saddle area (between the legs, around "
                    "the genitals or back passage)</li><li>new trouble passing urine, or loss of bladder or bowel "
                    "control</li><li>weakness in both legs, or weakness that is quickly getting "
                    "worse</li></ul><h3>Axial Spondyloarthritis</h3><p>This inflammatory condition, which includes "
                    "ankylosing spondylitis, usually starts before the age of 45. Back pain and stiffness are worse "
                    "in the morning or after rest and ease with movement. A GP can arrange tests and referral to a "
                    "rheumatologist.</p><p>See a doctor promptly if back pain comes with fever, unexplained weight "
                    "loss, a history of cancer or night pain that does not ease, or follows a fall, especially if "
                    "you have thin bones.</p>"
                ),
                "professional_can": (
                    "<ul><li>check whether your pain is likely to come from muscles, joints or "
                    "nerves</li><li>recognise signs that need medical care and refer you on</li><li>help with a plan "
                    "when the pain is musculoskeletal</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "facet-joint-pain",
                "name": "Facet joint pain",
                "other_names": "lumbar facet joint pain, zygapophyseal joint pain",
                "summary": (
                    "Pain from the small joints at the back of the spine, felt to one side of the lower back and "
                    "sometimes the buttock."
                ),
                "category": "joint",
                "anchor": "facet-joint-pain",
            },
            {
                "slug": "back-muscle-strain",
                "name": "Back muscle strain",
                "other_names": "lumbar strain, pulled back muscle",
                "summary": (
                    "Sore, tight back muscles after lifting, twisting or an unfamiliar task; most settle within weeks."
                ),
                "category": "soft-tissue",
                "anchor": "back-muscle-strain",
            },
            {
                "slug": "non-specific-low-back-pain",
                "name": "Non-specific low back pain",
                "other_names": "lower back pain, lumbago",
                "summary": (
                    "Common back pain without a single identifiable cause or a serious problem; most episodes "
                    "improve within weeks."
                ),
                "category": "back",
                "anchor": "non-specific-low-back-pain",
            },
            {
                "slug": "lumbar-spinal-stenosis",
                "name": "Lumbar spinal stenosis",
                "other_names": "spinal stenosis, neurogenic claudication",
                "summary": (
                    "Narrowing around the nerves in the lower back, causing leg pain or heaviness with walking that "
                    "eases with sitting."
                ),
                "category": "back",
                "anchor": "lumbar-spinal-stenosis",
            },
            {
                "slug": "cauda-equina-syndrome",
                "name": "Cauda equina syndrome",
                "other_names": "CES",
                "summary": (
                    "Rare, serious pressure on the nerves at the base of the spine, with saddle numbness or bladder "
                    "or bowel changes; an emergency."
                ),
                "category": "other",
                "anchor": "cauda-equina-syndrome",
            },
            {
                "slug": "axial-spondyloarthritis",
                "name": "Axial spondyloarthritis",
                "other_names": "ankylosing spondylitis, inflammatory back pain, axSpA",
                "summary": (
                    "An inflammatory condition of the spine and sacroiliac joints, with morning stiffness that eases "
                    "with movement."
                ),
                "category": "other",
                "anchor": "axial-spondyloarthritis",
            },
        ],
    },
    {
        "slug": "knee",
        "title": "Knee Pain from the Hip",
        "awaiting_review": True,
        "intro": (
            "<p>Knee pain from the hip is pain that is felt at or around the knee but starts in the hip, the lower "
            "back or a nerve in the thigh. Most knee pain comes from the knee itself, but sometimes the source lies "
            "further up. Explore the information under each tab below to understand more about the anatomy of the "
            "area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with knee pain from the hip:",
        "related_heading": "Pain experienced at the knee may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Knee pain that starts in the hip or back: hip osteoarthritis, hip problems in children, nerve roots and "
            "thigh nerves, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Hip osteoarthritis felt as knee pain",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Slipped upper femoral epiphysis (SUFE) in children and teenagers",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Referred or radicular pain from the lower back",
                "category": "back",
                "link_text": "Back-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Knee Pain from the Hip",
                "summary": "the hip joint, where the thigh bone meets the pelvis",
                "body": (
                    "<p>The hip and knee share some of their nerve supply, so a hip joint problem can be felt at the "
                    "knee, often at the front or inner side.</p><h3>Hip Osteoarthritis and Knee Pain</h3><p>In "
                    "adults, hip osteoarthritis is the most common hip cause of knee pain. Clues include groin or "
                    "thigh pain, hip stiffness, trouble putting on socks and shoes, and a knee that looks and moves "
                    'normally. Read more about <a href="/en/pain/groin/joint/">hip joint problems</a>.</p><h3>Hip '
                    "Problems in Children and Teenagers</h3><p>Children and teenagers with a hip problem often "
                    "complain only of knee or thigh pain. Two conditions to know about are:</p><ul><li>slipped upper "
                    "femoral epiphysis (SUFE), where the ball of the hip slips at its growth plate, usually at about "
                    "10 to 16 years of age</li><li>Perthes disease, where the ball of the hip loses some of its "
                    "blood supply for a time, usually at about 4 to 10 years of age</li></ul><p>A child or teenager "
                    "with a limp, or with knee or thigh pain and no clear knee injury, should see a doctor promptly "
                    "so the hip can be checked. Early treatment of a SUFE makes a real difference.</p>"
                ),
                "professional_can": (
                    "<ul><li>examine the hip as well as the knee when the knee does not explain the "
                    "pain</li><li>refer you for an X-ray or a medical review when a hip problem is "
                    "suspected</li><li>guide exercise for hip osteoarthritis, which can ease pain</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Knee Pain from the Hip",
                "summary": "muscles and fascia that cross both the hip and the knee",
                "body": (
                    "<p>Several muscles start at the pelvis and cross both the hip and the knee, such as the rectus "
                    "femoris at the front and the hamstrings at the back. Strain or overload of these can be felt "
                    "near the knee.</p><h3>Iliotibial Band Syndrome</h3><p>The iliotibial band (ITB) runs from the "
                    "hip to just below the outside of the knee. Iliotibial band syndrome causes pain on the outside "
                    "of the knee, often in runners and cyclists. Changes to training, and strength work for the hip "
                    "and thigh, are usually central to recovery.</p><p>Hip muscle control also affects load on the "
                    "front of the knee, so hip strengthening is often part of care for pain around the kneecap "
                    "too.</p>"
                ),
                "professional_can": (
                    "<ul><li>assess the knee, the hip and the way you move</li><li>guide strength work for the hip "
                    "and thigh muscles</li><li>help you adjust running or cycling loads while symptoms "
                    "settle</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Knee Pain",
                "summary": "the lower back",
                "body": (
                    "<h3>L3 and L4 Nerve Root Pain</h3><p>The L3 and L4 nerve roots leave the spine in the lower "
                    "back and supply skin over the front of the thigh, the knee and the inner lower leg. When they "
                    "are irritated, for example by a disc bulge or narrowing in the spine, pain can run in a band "
                    "down the front of the thigh to the knee or shin. There may be tingling, numbness or a knee that "
                    "feels weak or gives way.</p><p>Discs and joints of the back can also refer a dull ache towards "
                    "the knee.</p>"
                ),
                "professional_can": (
                    "<ul><li>check both your back and your hip, as either or both may be involved</li><li>test your "
                    "nerves: feeling, strength and reflexes</li><li>treat the back, the hip or both, and refer you "
                    "for tests if needed</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Knee Pain",
                "summary": "nerves that run from the pelvis down the thigh to the knee",
                "body": (
                    "<p>Three nerves that start near the hip carry feeling from around the knee:</p><ul><li>the "
                    "femoral nerve, which also works the quadriceps muscles at the front of the thigh</li><li>the "
                    "saphenous nerve, a branch of the femoral nerve, which supplies the inner knee and "
                    "shin</li><li>the obturator nerve, which supplies the inner thigh and can carry pain to the "
                    "inner knee</li></ul><h3>Saphenous Neuralgia</h3><p>The saphenous nerve can be irritated in a "
                    "tunnel of muscle in the inner thigh or near the knee, sometimes after knee surgery. It causes "
                    "burning, tingling or numbness on the inner knee or shin, without weakness.</p><p>Femoral or "
                    "obturator nerve irritation is less common, may cause weakness as well as pain, and needs a "
                    "medical review.</p>"
                ),
                "professional_can": (
                    "<ul><li>test whether a nerve is likely to be involved, and which one</li><li>advise on "
                    "positions and clothing that press on the nerve</li><li>treat nearby muscles and tendons that "
                    "may irritate the nerve</li><li>refer you to a doctor if weakness is found</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Knee Pain",
                "summary": "the knee itself, and other health issues",
                "body": (
                    "<p>Most knee pain starts in the knee itself: the joint, the kneecap, the cartilage or the "
                    "tendons around it.</p><p>See a doctor the same day if a knee or hip is hot, red and swollen, "
                    "especially with fever, or if you cannot bear weight after a fall or injury. A swollen, aching "
                    "calf or thigh may be a blood clot and also needs same-day care. Night pain that does not ease, "
                    "or unexplained weight loss, should be checked by a GP.</p>"
                ),
                "professional_can": (
                    "<ul><li>check whether your pain is likely to come from muscles, joints or "
                    "nerves</li><li>recognise signs that need medical care and refer you on</li><li>help with a plan "
                    "when the pain is musculoskeletal</li></ul>"
                ),
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "knee-pain-referred-from-the-hip",
                "name": "Knee pain referred from the hip",
                "other_names": "hip-referred knee pain, hip osteoarthritis felt in the knee",
                "summary": (
                    "Knee pain that comes from a hip joint problem, most often hip osteoarthritis, while the knee "
                    "itself tests normal."
                ),
                "category": "joint",
                "anchor": "hip-osteoarthritis-and-knee-pain",
            },
            {
                "slug": "slipped-upper-femoral-epiphysis",
                "name": "Slipped upper femoral epiphysis",
                "other_names": "SUFE, SCFE, slipped capital femoral epiphysis",
                "summary": (
                    "The ball of the hip slipping at its growth plate in a teenager, often felt as knee pain with a "
                    "limp; needs prompt medical review."
                ),
                "category": "joint",
                "anchor": "hip-problems-in-children-and-teenagers",
            },
            {
                "slug": "perthes-disease",
                "name": "Perthes disease",
                "other_names": "Legg-Calvé-Perthes disease",
                "summary": (
                    "A temporary loss of blood supply to the ball of the hip in young children, which can show as a "
                    "limp or knee pain."
                ),
                "category": "joint",
                "anchor": "hip-problems-in-children-and-teenagers",
            },
            {
                "slug": "iliotibial-band-syndrome",
                "name": "Iliotibial band syndrome",
                "other_names": "ITB syndrome, ITBS, ITB friction syndrome",
                "summary": (
                    "Pain on the outside of the knee where the iliotibial band crosses it, common in runners and "
                    "cyclists."
                ),
                "category": "soft-tissue",
                "anchor": "iliotibial-band-syndrome",
            },
            {
                "slug": "l3-l4-nerve-root-pain",
                "name": "L3 and L4 nerve root pain",
                "other_names": "L3 radiculopathy, L4 radiculopathy, L3 or L4 radicular pain",
                "summary": (
                    "Pain running down the front of the thigh to the knee from an irritated nerve root in the lower "
                    "back."
                ),
                "category": "back",
                "anchor": "l3-and-l4-nerve-root-pain",
            },
            {
                "slug": "saphenous-neuralgia",
                "name": "Saphenous neuralgia",
                "other_names": "saphenous nerve entrapment, saphenous nerve irritation",
                "summary": (
                    "Burning, tingling or numbness on the inner knee and shin from an irritated saphenous nerve."
                ),
                "category": "nerve",
                "anchor": "saphenous-neuralgia",
            },
        ],
    },
]
