"""Demo guides for the front and side of the hip: groin, pubic, front of thigh, inner thigh and outer hip.

Written for this site in the voice and structure of the first guide (demo_content.py), without figures.
They are drafts awaiting clinical review: every guide carries "awaiting_review": True.
"""

_HIP_JOINT_PRO = (
    "<ul>"
    "<li>assess whether your pain is coming from the hip joint</li>"
    "<li>provide exercises to improve hip strength and movement</li>"
    "<li>advise which activities to change for a while, and which to keep doing</li>"
    "<li>refer you for imaging or to a specialist if needed</li>"
    "</ul>"
)

_BONE_PRO = (
    "<ul>"
    "<li>recognise the warning signs of a bone stress injury and arrange a prompt medical "
    "review</li>"
    "<li>guide a gradual return to walking, running and sport</li>"
    "<li>review your training, recovery and nutrition, and refer you on where needed</li>"
    "</ul>"
)

_BACK_PRO = (
    "<ul>"
    "<li>check both your back and your hip to find the source of the pain</li>"
    "<li>plan treatment for the back, the hip or both</li>"
    "<li>refer you to a doctor if a nerve or spine problem needs medical care</li>"
    "</ul>"
)

_NERVE_PRO = (
    "<ul>"
    "<li>perform tests to see if a nerve is likely to be involved</li>"
    "<li>advise on positions and activities that ease pressure on the nerve</li>"
    "<li>treat nearby muscles that may be irritating the nerve</li>"
    "<li>refer you for further tests or to a specialist if needed</li>"
    "</ul>"
)

_OTHER_PRO = (
    "<ul>"
    "<li>help work out whether the problem is musculoskeletal or not</li>"
    "<li>refer you to your GP or a specialist when the pain may be coming from somewhere "
    "else</li>"
    "<li>develop a plan to help if the problem is musculoskeletal</li>"
    "</ul>"
)

GUIDES = [
    {
        "slug": "groin",
        "title": "Groin and Front of Hip Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Groin and front of hip pain is pain that is experienced over the front of the hip, in and "
            "around the crease where the thigh meets the body. There are many potential causes for groin "
            "pain, and more than one can be present at once. Explore the information under each tab below "
            "to understand more about the anatomy of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with groin and front of hip pain:",
        "related_heading": "Pain experienced in the groin and front of the hip may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Groin and front of hip pain explained: the hip joint, muscles, bones, lower back, nerves and "
            "other causes, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": (
                    "Hip-related groin pain (femoroacetabular impingement syndrome, labral tears, hip osteoarthritis)"
                ),
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Adductor-related groin pain",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Iliopsoas-related or inguinal-related groin pain",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Groin Pain",
                "summary": "the hip joint, the ball-and-socket joint deep in the groin",
                "body": (
                    "<p>The hip is a ball-and-socket joint. The ball at the top of the thigh bone (femur) sits in "
                    "a socket in the pelvis, and a rim of cartilage, the labrum, edges the socket. Hip joint pain "
                    "is usually felt deep in the groin, and sometimes at the side of the hip, in the buttock or "
                    "down the thigh.</p>"
                    "<h3>Femoroacetabular Impingement Syndrome</h3>"
                    "<p>In femoroacetabular impingement (FAI) syndrome, the ball or socket is shaped a little "
                    "differently, so they can press together when the hip bends deeply, such as when squatting or "
                    "sitting low. These shapes are also common in people without pain, so a scan alone does not "
                    "make the diagnosis.</p>"
                    "<h3>Labral Tears</h3>"
                    "<p>The labrum can be torn by a twisting injury or by wear over time, sometimes alongside FAI "
                    "syndrome. Clicking or catching may come with the pain.</p>"
                    "<h3>Hip Osteoarthritis</h3>"
                    "<p>Osteoarthritis becomes more common as we get older. It causes groin pain and stiffness, "
                    "for example when putting on shoes and socks. Exercise and staying active are the most "
                    "helpful first treatments.</p>"
                ),
                "professional_can": _HIP_JOINT_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Groin Pain",
                "summary": "muscles and tendons that attach around the groin",
                "body": (
                    "<p>Several muscle groups attach around the groin: the adductors of the inner thigh, the "
                    "iliopsoas (a deep hip flexor) and the abdominal muscles. Groin pain is common in kicking and "
                    "sprinting sports, such as the football codes, and is named by the area it comes from.</p>"
                    "<h3>Adductor-Related Groin Pain</h3>"
                    "<p>Pain where the inner thigh muscles attach near the pubic bone, worse when squeezing the "
                    "legs together. It is the most common type of groin pain in sport. Read more about "
                    '<a href="/en/pain/inner-thigh/soft-tissue/">inner thigh pain</a>.</p>'
                    "<h3>Iliopsoas-Related Groin Pain</h3>"
                    "<p>Pain at the front of the hip, worse when lifting the knee against resistance or "
                    "stretching the front of the hip.</p>"
                    "<h3>Inguinal-Related Groin Pain</h3>"
                    "<p>Pain just above the groin crease, often worse with coughing, sit-ups or sprinting, "
                    "without a lump you can feel. It is sometimes called a “sports hernia”, but it is not a true "
                    "hernia.</p>"
                ),
                "professional_can": (
                    "<ul>"
                    "<li>work out which structures are involved, as often more than one is</li>"
                    "<li>build a graded strengthening program for the hip and trunk muscles</li>"
                    "<li>guide your training while you recover, and plan a safe return to sport</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Groin Pain",
                "summary": "bones, such as the neck of the thigh bone",
                "body": (
                    "<p>Bone problems are less common, but one of them needs quick attention.</p>"
                    "<h3>Femoral Neck Stress Fracture</h3>"
                    "<p>A stress fracture is a small crack that builds up when bone is loaded more than it can "
                    "recover from. In the femoral neck, just below the ball of the hip, it is seen mostly in "
                    "runners after a quick rise in training. It is more likely if you are not eating enough for "
                    "your training, your periods have stopped or your bone density is low.</p>"
                    "<p>It starts as a deep groin ache with running that worsens with each run. If this sounds "
                    "like you, stop running and see a doctor promptly: found early, it usually heals well. After "
                    "a fall, groin pain with trouble standing or walking needs medical help straight away.</p>"
                ),
                "professional_can": _BONE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Groin Pain",
                "summary": "the upper part of the lower back",
                "body": (
                    "<p>Groin pain does not always start in the groin. The upper lumbar spine (the top of the "
                    "lower back) shares nerve pathways with the groin.</p>"
                    "<h3>Pain Referred from the Upper Lumbar Spine</h3>"
                    "<p>A problem in a joint or disc here can be felt as a dull ache in the groin (referred "
                    "pain). An irritated nerve root can cause sharper pain into the groin or thigh, sometimes "
                    "with pins and needles (radicular pain). Read more under "
                    '<a href="/en/pain/upper-buttock/back/">back-related pain</a>. Back and hip problems can also '
                    "occur together.</p>"
                ),
                "professional_can": _BACK_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Groin Pain",
                "summary": "small nerves that supply the skin and muscles of the groin",
                "body": (
                    "<p>Small nerves supply the skin and muscles of the groin:</p>"
                    "<ul>"
                    "<li>the ilioinguinal nerve – the groin crease, the pubic area and the top of the inner "
                    "thigh</li>"
                    "<li>the genitofemoral nerve – the top of the front of the thigh and the genital area</li>"
                    "<li>the obturator nerve – the muscles and skin of the inner thigh</li>"
                    "</ul>"
                    "<p>They can be irritated where they pass through muscle, or by scar tissue after surgery low "
                    "in the abdomen. Nerve pain often burns, with tingling or numbness. Read more about "
                    '<a href="/en/pain/pubic/nerve/">ilioinguinal neuralgia</a> and the '
                    '<a href="/en/pain/inner-thigh/nerve/">obturator nerve</a>.</p>'
                ),
                "professional_can": _NERVE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Groin Pain",
                "summary": "a hernia, the organs of the pelvis and abdomen, or other health issues",
                "body": (
                    "<p>Some groin pain comes from somewhere other than the muscles, bones and joints:</p>"
                    "<ul>"
                    "<li>a hernia – a bulge through a weak spot in the wall of the abdomen, often a lump that "
                    "aches with lifting or coughing</li>"
                    "<li>the bladder, kidneys, bowel or reproductive organs, or a problem such as "
                    "appendicitis</li>"
                    "<li>swollen lymph glands, an infection or, rarely, a growth</li>"
                    "</ul>"
                    "<p>See a doctor urgently if groin pain comes with a fever, unexplained weight loss, night "
                    "pain that does not ease, sudden severe pain in a testicle, or a lump that becomes painful or "
                    "will not go back in.</p>"
                ),
                "professional_can": _OTHER_PRO,
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "femoroacetabular-impingement-syndrome",
                "name": "Femoroacetabular impingement syndrome",
                "other_names": "FAI syndrome, FAI, hip impingement, cam impingement, pincer impingement",
                "summary": (
                    "Groin pain when the ball and socket of the hip, shaped a little differently, press together "
                    "as the hip bends deeply."
                ),
                "category": "joint",
                "anchor": "femoroacetabular-impingement-syndrome",
            },
            {
                "slug": "hip-labral-tear",
                "name": "Hip labral tear",
                "other_names": "labral tear, torn labrum, acetabular labral tear",
                "summary": (
                    "A tear in the rim of cartilage around the hip socket, sometimes with clicking or catching."
                ),
                "category": "joint",
                "anchor": "labral-tears",
            },
            {
                "slug": "hip-osteoarthritis",
                "name": "Hip osteoarthritis",
                "other_names": "hip OA, arthritis of the hip, wear and tear of the hip",
                "summary": "A common change in the hip joint with age that causes groin pain and stiffness.",
                "category": "joint",
                "anchor": "hip-osteoarthritis",
            },
            {
                "slug": "adductor-related-groin-pain",
                "name": "Adductor-related groin pain",
                "other_names": "adductor groin pain, groin pain in sport",
                "summary": "Pain where the inner thigh muscles attach near the pubic bone, common in kicking sports.",
                "category": "soft-tissue",
                "anchor": "adductor-related-groin-pain",
            },
            {
                "slug": "inguinal-related-groin-pain",
                "name": "Inguinal-related groin pain",
                "other_names": "sports hernia, Gilmore’s groin, inguinal disruption",
                "summary": (
                    "Pain just above the groin crease, often worse with coughing, sit-ups or sprinting, without a "
                    "true hernia."
                ),
                "category": "soft-tissue",
                "anchor": "inguinal-related-groin-pain",
            },
            {
                "slug": "femoral-neck-stress-fracture",
                "name": "Femoral neck stress fracture",
                "other_names": "hip stress fracture, bone stress injury of the hip",
                "summary": (
                    "A small crack in the neck of the thigh bone from repeated load, felt as a deep groin ache in "
                    "runners; it needs prompt care."
                ),
                "category": "bone",
                "anchor": "femoral-neck-stress-fracture",
            },
        ],
    },
    {
        "slug": "pubic",
        "title": "Pubic Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Pubic pain is pain that is experienced over the pubic bone, at the very front of the "
            "pelvis where the two halves of the pelvis meet. There are several potential causes for pubic "
            "pain. Explore the information under each tab below to understand more about the anatomy of "
            "the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with pubic pain:",
        "related_heading": "Pain experienced over the pubic bone may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Pubic pain explained: the pubic symphysis, pain in pregnancy, muscle attachments, bone "
            "stress, nerves and pelvic organs, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Pelvic girdle pain in pregnancy (pubic symphysis pain)",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Pubic-related groin pain in sport",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Bladder and other pelvic organ problems",
                "category": "other",
                "link_text": "Other Causes of Hip, Pelvic and Groin Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Pubic Pain",
                "summary": "the pubic symphysis, the joint at the front of the pelvis",
                "body": (
                    "<p>The pelvis is a ring of bone. At the front, the two pubic bones meet at the pubic "
                    "symphysis, a strong joint with a disc of firm cartilage between the bones and thick "
                    "ligaments around it. It moves only a tiny amount.</p>"
                    "<h3>Pubic Symphysis Pain</h3>"
                    "<p>Pain from the symphysis is felt over the pubic bone and may spread into the groin, inner "
                    "thighs or lower abdomen. It is often worse when standing on one leg, climbing stairs, "
                    "getting out of a car or rolling over in bed. It can follow a fall or a heavy landing, or be "
                    "part of pubic-related groin pain in sport.</p>"
                    "<h3>Pelvic Girdle Pain in Pregnancy</h3>"
                    "<p>Pelvic girdle pain is common in pregnancy and after birth, as hormones, posture and the "
                    "growing baby change the load on the pelvis. It may be felt at the pubic symphysis, the "
                    '<a href="/en/pain/upper-buttock/joint/">sacroiliac joints</a>, or both, and is sometimes '
                    "called symphysis pubis dysfunction (SPD). It does not harm the baby, and most people improve "
                    "after the birth.</p>"
                ),
                "professional_can": (
                    "<ul>"
                    "<li>assess the joints of the pelvis and the muscles that support them</li>"
                    "<li>teach easier ways to move, such as keeping the knees together when rolling over</li>"
                    "<li>provide exercises suited to your stage of pregnancy or recovery</li>"
                    "<li>advise on the short-term use of a pelvic support belt</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Pubic Pain",
                "summary": "muscles and tendons that attach to the pubic bone",
                "body": (
                    "<p>The pubic bone is an anchor point for two large muscle groups: the abdominal muscles from "
                    "above and the adductor (inner thigh) muscles from below. Their tendons blend together over "
                    "the front of the bone, so forces from the trunk and the legs meet here.</p>"
                    "<h3>Pubic-Related Groin Pain</h3>"
                    "<p>In sport, pubic-related groin pain is the name given to pain and tenderness right over "
                    "the pubic symphysis and the bone beside it. It is seen most in sports with kicking, "
                    "sprinting and sudden changes of direction, such as the football codes. It usually comes on "
                    "gradually and is often felt at the start of exercise and the next morning.</p>"
                    "<p>Pain may also come from the attachments of the adductor or lower abdominal muscles "
                    "nearby, and these problems often overlap. Read more about "
                    '<a href="/en/pain/groin/soft-tissue/">adductor-related groin pain</a>.</p>'
                ),
                "professional_can": (
                    "<ul>"
                    "<li>find out which tissues are most involved</li>"
                    "<li>build strength in the trunk, hip and adductor muscles step by step</li>"
                    "<li>guide your training load and a safe return to sport</li>"
                    "<li>refer you to a sports physician if your pain is not improving</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Pubic Pain",
                "summary": "the pubic bone, when it is overloaded",
                "body": (
                    "<p>When the pubic bone is loaded more than it can recover from, often in kicking and running "
                    "sports, it can become painful. This is a bone stress injury.</p>"
                    "<h3>Pubic Bone Stress Injury</h3>"
                    "<p>An MRI scan may show swelling in the bone beside the symphysis (bone marrow oedema), "
                    "which used to be called osteitis pubis. Similar changes are seen in many players without "
                    "pain, so scans must be matched to symptoms. Recovery involves a period of reduced load and a "
                    "gradual return to sport, and can take some months.</p>"
                    "<p>Less often, a small crack forms in the thinner arms of the pubic bone (the pubic rami), "
                    "in distance runners or in older people with weak bones. Pain with standing or walking after "
                    "a fall needs prompt medical review.</p>"
                ),
                "professional_can": _BONE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Pubic Pain",
                "summary": "small nerves that supply the skin over the pubic bone and groin",
                "body": (
                    "<p>Small nerves from the lower back run through the lower wall of the abdomen to supply the "
                    "skin over the pubic bone and groin. The main ones are the ilioinguinal, iliohypogastric and "
                    "genitofemoral nerves.</p>"
                    "<h3>Ilioinguinal Neuralgia</h3>"
                    "<p>These nerves can be squeezed where they pass through the abdominal wall, or irritated by "
                    "scar tissue after surgery such as a hernia repair or a caesarean section. The pain is often "
                    "burning or sharp, over the pubic area, groin crease, inner thigh or genitals, sometimes with "
                    "tingling or numbness.</p>"
                    "<p>The pudendal nerve, which supplies the area between the legs, can also cause pain here, "
                    "often worse with sitting. A pelvic health physiotherapist can assess this.</p>"
                ),
                "professional_can": _NERVE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Pubic and Pelvic Pain",
                "summary": "the bladder, the pelvic organs or the pelvic floor muscles",
                "body": (
                    "<p>Pain over the pubic bone and lower abdomen can come from the organs that sit just behind "
                    "it, or from the muscles of the pelvic floor:</p>"
                    "<ul>"
                    "<li>the bladder – for example a urinary tract infection or bladder pain syndrome</li>"
                    "<li>the uterus and ovaries – for example endometriosis or period pain</li>"
                    "<li>the prostate</li>"
                    "<li>the pelvic floor muscles, which can become tense and painful</li>"
                    "<li>a hernia</li>"
                    "</ul>"
                    "<p>See your doctor promptly if pubic pain comes with a fever, burning when passing urine, "
                    "blood in the urine, unusual bleeding or new trouble controlling your bladder or bowel. A GP, "
                    "gynaecologist or urologist can help, and a pelvic health physiotherapist can assess and "
                    "treat the pelvic floor.</p>"
                ),
                "professional_can": _OTHER_PRO,
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "pubic-symphysis-pain",
                "name": "Pubic symphysis pain",
                "other_names": "symphysis pain, pubic joint pain",
                "summary": "Pain from the joint at the front of the pelvis, felt over the pubic bone.",
                "category": "joint",
                "anchor": "pubic-symphysis-pain",
            },
            {
                "slug": "pregnancy-pelvic-girdle-pain",
                "name": "Pelvic girdle pain in pregnancy",
                "other_names": "PGP, symphysis pubis dysfunction, SPD",
                "summary": (
                    "Pain at the front or back of the pelvis during pregnancy or after birth; it does not harm "
                    "the baby."
                ),
                "category": "joint",
                "anchor": "pelvic-girdle-pain-in-pregnancy",
            },
            {
                "slug": "pubic-related-groin-pain",
                "name": "Pubic-related groin pain",
                "other_names": "pubic groin pain",
                "summary": (
                    "Pain and tenderness over the pubic symphysis and nearby bone in kicking and running sports."
                ),
                "category": "soft-tissue",
                "anchor": "pubic-related-groin-pain",
            },
            {
                "slug": "pubic-bone-stress-injury",
                "name": "Pubic bone stress injury",
                "other_names": "osteitis pubis, pubic bone stress response, pubic bone marrow oedema",
                "summary": (
                    "Painful overload of the pubic bone, seen on a scan as swelling in the bone beside the symphysis."
                ),
                "category": "bone",
                "anchor": "pubic-bone-stress-injury",
            },
            {
                "slug": "ilioinguinal-neuralgia",
                "name": "Ilioinguinal neuralgia",
                "other_names": "ilioinguinal nerve entrapment, iliohypogastric neuralgia, genitofemoral neuralgia",
                "summary": (
                    "Burning or sharp pain over the pubic area and groin from an irritated skin nerve, often "
                    "after surgery."
                ),
                "category": "nerve",
                "anchor": "ilioinguinal-neuralgia",
            },
        ],
    },
    {
        "slug": "front-thigh",
        "title": "Front of Thigh Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Front of thigh pain is pain that is experienced over the front of the thigh, between the "
            "hip and the knee. There are many potential causes for front of thigh pain, and some of them "
            "start well away from the thigh. Explore the information under each tab below to understand "
            "more about the anatomy of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with front of thigh pain:",
        "related_heading": "Pain experienced in the front of the thigh may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Front of thigh pain explained: the hip joint, quadriceps muscles, thigh bone, lower back and "
            "femoral nerve, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Quadriceps strain or corked thigh",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Pain referred from the hip joint",
                "category": "joint",
                "link_text": "Joint-Related Pain",
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
                "heading": "Joint Related Front of Thigh Pain",
                "summary": "the hip joint, which can send pain down the thigh",
                "body": (
                    "<p>The hip joint sits deep in the groin, but its pain does not always stay there. The hip "
                    "shares nerve supply with the front of the thigh, so a hip problem can be felt as an ache "
                    "down the thigh, sometimes as far as the knee.</p>"
                    "<p>Hip osteoarthritis, femoroacetabular impingement syndrome and labral tears can all send "
                    "pain this way. Pain with walking, putting on socks or bending the hip deeply may point to "
                    'the hip. Read more under <a href="/en/pain/groin/joint/">joint-related groin pain</a>.</p>'
                    "<h3>Hip Problems in Children and Teenagers</h3>"
                    "<p>A child or teenager with thigh or knee pain and a limp should see a doctor promptly. In a "
                    "slipped upper femoral epiphysis (SUFE), the ball of the hip slips at the growth plate. It is "
                    "most common in the early teenage years, and the pain is often felt in the thigh or knee "
                    "rather than the hip. Finding it early matters.</p>"
                ),
                "professional_can": (
                    "<ul>"
                    "<li>check whether the hip is the source of your thigh pain</li>"
                    "<li>provide an exercise program for the hip and thigh</li>"
                    "<li>refer you to a doctor for imaging or review, urgently if a child or teenager has a "
                    "limp</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Front of Thigh Pain",
                "summary": "the quadriceps muscles at the front of the thigh",
                "body": (
                    "<p>The quadriceps are four muscles at the front of the thigh that straighten the knee. One "
                    "of them, the rectus femoris, also crosses the front of the hip and helps lift the leg, so it "
                    "is the one most often hurt when kicking and sprinting.</p>"
                    "<h3>Quadriceps Strain</h3>"
                    "<p>A strain is a tear of muscle fibres. It usually happens suddenly while kicking, sprinting "
                    "or jumping, with a sharp pain at the front of the thigh. An injury high up near the hip, or "
                    "one that involves the tendon of the rectus femoris, can take longer to recover. Most strains "
                    "recover well with a graded rehabilitation program.</p>"
                    "<h3>Quadriceps Contusion</h3>"
                    "<p>A corked thigh is a deep bruise in the muscle from a direct knock, such as a knee in a "
                    "contact sport. Avoiding heat, alcohol, running and massage in the first few days helps limit "
                    "bleeding into the muscle. A thigh that becomes very swollen, tight and more and more painful "
                    "needs urgent medical care.</p>"
                ),
                "professional_can": (
                    "<ul>"
                    "<li>assess the injury and how severe it is</li>"
                    "<li>guide a graded program to rebuild strength, flexibility and speed</li>"
                    "<li>plan a safe return to kicking, sprinting and sport</li>"
                    "<li>refer you to a doctor or for a scan if needed</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Front of Thigh Pain",
                "summary": "the thigh bone (femur)",
                "body": (
                    "<p>The femur, or thigh bone, is the longest and strongest bone in the body. Bone problems "
                    "here are uncommon but important to find.</p>"
                    "<h3>Femoral Shaft Stress Fracture</h3>"
                    "<p>This is mostly seen in runners and military recruits after a quick increase in training. "
                    "It causes a vague, deep thigh ache that builds with running, so it is often mistaken for a "
                    "muscle problem. The risk is higher if you are not eating enough for your training, your "
                    "periods have stopped or your bone density is low. If a deep thigh ache keeps getting worse "
                    "with running, stop running and get it checked.</p>"
                    "<p>Rarely, people who have taken certain bone-strengthening medicines for many years develop "
                    "a thigh bone stress fracture, often with a dull ache first, so tell your doctor about any "
                    "new thigh pain. A thigh ache at night that does not ease, or unexplained weight loss, also "
                    "needs a medical check.</p>"
                ),
                "professional_can": _BONE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Front of Thigh Pain",
                "summary": "the lower back, especially its upper and middle levels",
                "body": (
                    "<p>The nerve roots that leave the upper and middle levels of the lower back (L2, L3 and L4) "
                    "supply the front of the thigh, so the back can be the source of front of thigh pain.</p>"
                    "<h3>Referred and Radicular Pain from the Lumbar Spine</h3>"
                    "<p>Referred pain from a disc or joint in the lumbar spine is a dull, spread-out ache. "
                    "Radicular pain from an irritated nerve root is sharper and may run in a band down the front "
                    "of the thigh, sometimes with pins and needles, numbness, or weakness that makes the knee "
                    'give way. Read more under <a href="/en/pain/upper-buttock/back/">back-related pain</a>.</p>'
                ),
                "professional_can": _BACK_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Front of Thigh Pain",
                "summary": "the femoral nerve and other nerves of the thigh",
                "body": (
                    "<p>The femoral nerve forms from the L2 to L4 nerve roots. It runs through the pelvis and "
                    "under the groin crease to supply the quadriceps muscles and the skin of the front and inner "
                    "thigh.</p>"
                    "<h3>Femoral Nerve Neuralgia</h3>"
                    "<p>Femoral nerve problems are uncommon. They can follow hip or abdominal surgery, a bleed "
                    "deep in the pelvis or a direct injury to the groin. Symptoms include burning, tingling or "
                    "numbness at the front of the thigh, and weakness that makes the knee buckle. New weakness "
                    "needs a prompt medical check.</p>"
                    "<p>Burning or numbness over the outer front of the thigh may instead come from the lateral "
                    "femoral cutaneous nerve, a condition called meralgia paraesthetica.</p>"
                ),
                "professional_can": _NERVE_PRO,
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "quadriceps-strain",
                "name": "Quadriceps strain",
                "other_names": "quad strain, rectus femoris strain, thigh strain",
                "summary": "A tear of muscle fibres at the front of the thigh, usually while kicking or sprinting.",
                "category": "soft-tissue",
                "anchor": "quadriceps-strain",
            },
            {
                "slug": "quadriceps-contusion",
                "name": "Quadriceps contusion",
                "other_names": "corked thigh, cork thigh, dead leg, thigh bruise",
                "summary": "A deep bruise in the thigh muscle from a direct knock in sport.",
                "category": "soft-tissue",
                "anchor": "quadriceps-contusion",
            },
            {
                "slug": "femoral-shaft-stress-fracture",
                "name": "Femoral shaft stress fracture",
                "other_names": "thigh bone stress fracture, femoral stress fracture",
                "summary": (
                    "A small crack in the thigh bone from repeated load, felt as a deep thigh ache that builds "
                    "with running."
                ),
                "category": "bone",
                "anchor": "femoral-shaft-stress-fracture",
            },
            {
                "slug": "femoral-nerve-neuralgia",
                "name": "Femoral nerve neuralgia",
                "other_names": "femoral neuropathy, femoral nerve entrapment",
                "summary": "Burning, tingling or weakness at the front of the thigh from an irritated femoral nerve.",
                "category": "nerve",
                "anchor": "femoral-nerve-neuralgia",
            },
        ],
    },
    {
        "slug": "inner-thigh",
        "title": "Inner Thigh Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Inner thigh pain is pain that is experienced along the inside of the thigh, from the "
            "groin down towards the knee. There are many potential causes for inner thigh pain. Explore "
            "the information under each tab below to understand more about the anatomy of the area and "
            "things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with inner thigh pain:",
        "related_heading": "Pain experienced in the inner thigh may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Inner thigh pain explained: the hip joint, adductor muscles, bone stress, the lower back, "
            "the obturator nerve and other causes, and how to get help."
        ),
        "common_conditions": [
            {
                "text": "Adductor strain or adductor tendinopathy",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Pain referred from the hip joint",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Obturator nerve entrapment",
                "category": "nerve",
                "link_text": "Peripheral Nerve-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Inner Thigh Pain",
                "summary": "the hip joint or the joint at the front of the pelvis",
                "body": (
                    "<p>Pain from the hip joint is usually felt in the groin, but it can spread along the inner "
                    "thigh, sometimes down to the knee. Hip osteoarthritis, femoroacetabular impingement syndrome "
                    "and labral tears can all do this. Stiffness, pain with deep bending or twisting, and trouble "
                    "putting on shoes and socks point towards the hip. Read more under "
                    '<a href="/en/pain/groin/joint/">joint-related groin pain</a>.</p>'
                    "<p>The pubic symphysis, the joint at the front of the pelvis, can also send pain into the "
                    "upper inner thighs, especially during pregnancy. Read more about "
                    '<a href="/en/pain/pubic/joint/">pubic pain</a>.</p>'
                ),
                "professional_can": _HIP_JOINT_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Inner Thigh Pain",
                "summary": "the adductor muscles and their tendons",
                "body": (
                    "<p>The adductors are a group of muscles on the inside of the thigh. They run from the pubic "
                    "bone down to the thigh bone, bring the legs together, and help steady the pelvis when you "
                    "run, kick and change direction.</p>"
                    "<h3>Adductor Strain</h3>"
                    "<p>A strain is a tear of muscle fibres from a sudden stretch or forceful effort, such as a "
                    "big kick, a slide tackle or slipping into the splits. Pain comes on suddenly in the inner "
                    "thigh, sometimes with bruising. Most strains recover well with a graded rehabilitation "
                    "program.</p>"
                    "<h3>Adductor Tendinopathy</h3>"
                    "<p>Tendinopathy means a tendon has become painful and less able to cope with load. It builds "
                    "up over time, often after an increase in running, kicking or sport, and is felt high on the "
                    "inner thigh near the pubic bone, often at the start of exercise or the next morning. In "
                    'sport this is called <a href="/en/pain/groin/soft-tissue/">adductor-related groin pain</a>. '
                    "Tendons usually respond well to a planned strengthening program.</p>"
                ),
                "professional_can": (
                    "<ul>"
                    "<li>assess whether the muscle, the tendon or another structure is the main problem</li>"
                    "<li>provide a graded strengthening program for the adductor, hip and trunk muscles</li>"
                    "<li>guide your training while you recover, and plan a safe return to sport</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Inner Thigh Pain",
                "summary": "bones, such as the thigh bone or the pubic bone",
                "body": (
                    "<p>Bone stress injuries can cause a deep inner thigh ache in runners and people in heavy "
                    "training. Common places are the inner side of the thigh bone shaft, the neck of the thigh "
                    "bone and the lower arm of the pubic bone.</p>"
                    "<p>Warning signs are a deep, hard-to-pinpoint ache that builds with each run, pain when "
                    "hopping, and later pain with walking or at night. Stop running and get checked promptly: a "
                    "stress fracture of the femoral neck needs urgent care. Read more about "
                    '<a href="/en/pain/front-thigh/bone/">femoral shaft stress fractures</a> and '
                    '<a href="/en/pain/groin/bone/">femoral neck stress fractures</a>.</p>'
                ),
                "professional_can": _BONE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Inner Thigh Pain",
                "summary": "the lower back",
                "body": (
                    "<p>Nerve roots from the L2 to L4 levels of the lower back also supply the inner thigh. "
                    "Referred pain from a joint or disc in the lumbar spine is a dull ache that is hard to pin "
                    "down. Radicular pain from an irritated nerve root is sharper, may travel down the thigh, and "
                    "can come with pins and needles, numbness or weakness. Read more under "
                    '<a href="/en/pain/front-thigh/back/">back-related front of thigh pain</a>.</p>'
                ),
                "professional_can": _BACK_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Inner Thigh Pain",
                "summary": "the obturator nerve, which supplies the inner thigh",
                "body": (
                    "<p>The obturator nerve forms from the L2 to L4 nerve roots. It leaves the pelvis through a "
                    "small opening (the obturator canal) to supply the adductor muscles and a patch of skin on "
                    "the inner thigh.</p>"
                    "<h3>Obturator Nerve Entrapment</h3>"
                    "<p>The nerve can be squeezed by fascia where it enters the adductor muscles, most often in "
                    "athletes, such as football players. Pain is felt high in the inner thigh, starts with "
                    "exercise and may spread towards the knee, sometimes with tingling or weakness. The nerve can "
                    "also be irritated after pelvic surgery or childbirth.</p>"
                ),
                "professional_can": _NERVE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Inner Thigh Pain",
                "summary": "blood vessels, hernias, pelvic organs or other health issues",
                "body": (
                    "<h3>Deep Vein Thrombosis</h3>"
                    "<p>A deep vein thrombosis (DVT) is a blood clot in a deep vein of the leg. It can cause "
                    "pain, swelling, warmth or redness in the calf or thigh. It is more likely after surgery, a "
                    "long trip, bed rest or during pregnancy. See a doctor the same day if you think you may have "
                    "a DVT, and call Triple Zero (000) if you are short of breath or have chest pain.</p>"
                    "<p>Other less common causes include a hernia (a lump low in the groin), swollen lymph "
                    "glands, an infection, pain from the pelvic organs and, rarely, a growth. See a doctor if "
                    "inner thigh pain comes with a lump, a fever, unexplained weight loss or night pain that does "
                    "not ease.</p>"
                ),
                "professional_can": _OTHER_PRO,
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "adductor-strain",
                "name": "Adductor strain",
                "other_names": "groin strain, pulled groin, adductor tear",
                "summary": "A sudden tear of the inner thigh muscle fibres, often from a big kick or a slip.",
                "category": "soft-tissue",
                "anchor": "adductor-strain",
            },
            {
                "slug": "adductor-tendinopathy",
                "name": "Adductor tendinopathy",
                "other_names": "adductor tendinitis, adductor longus tendinopathy",
                "summary": "A painful adductor tendon high on the inner thigh that builds up over time with sport.",
                "category": "soft-tissue",
                "anchor": "adductor-tendinopathy",
            },
            {
                "slug": "obturator-nerve-entrapment",
                "name": "Obturator nerve entrapment",
                "other_names": "obturator neuropathy, obturator neuralgia",
                "summary": "Exercise-related inner thigh pain from a squeezed obturator nerve, mostly in athletes.",
                "category": "nerve",
                "anchor": "obturator-nerve-entrapment",
            },
        ],
    },
    {
        "slug": "lateral-hip",
        "title": "Outer Hip Pain",
        "awaiting_review": True,
        "intro": (
            "<p>Outer hip pain is pain that is experienced over the outside of the hip, around the bony "
            "point at the side of the hip. There are many potential causes for outer hip pain. Explore "
            "the information under each tab below to understand more about the anatomy of the area and "
            "things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with outer hip pain:",
        "related_heading": "Pain experienced on the outside of the hip may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Outer hip pain explained: gluteal tendinopathy, bursitis, the hip joint, the lower back, "
            "nerves and other causes, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Gluteal tendinopathy (greater trochanteric pain syndrome)",
                "category": "soft-tissue",
                "link_text": "Soft Tissue-Related Pain",
            },
            {
                "text": "Referred pain from the lower back",
                "category": "back",
                "link_text": "Back-Related Hip Pain",
            },
            {
                "text": "Pain from the hip joint",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Outer Hip Pain",
                "summary": "the hip joint, the ball-and-socket joint of the hip",
                "body": (
                    "<p>The hip joint is a ball-and-socket joint that sits deep in the groin. Problems in the "
                    "joint, such as hip osteoarthritis, femoroacetabular impingement syndrome or a labral tear, "
                    "are usually felt in the groin, but can also be felt at the side of the hip.</p>"
                    "<p>Hip joint problems and gluteal tendinopathy often occur together, because a stiff or "
                    "painful hip changes how we load the tendons at the side of the hip. Pain deep in the groin, "
                    "stiffness, or trouble putting on shoes and socks may point to the joint. Read more under "
                    '<a href="/en/pain/groin/joint/">joint-related groin pain</a>.</p>'
                ),
                "professional_can": _HIP_JOINT_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Outer Hip Pain",
                "summary": "tendons and soft tissues at the side of the hip",
                "body": (
                    "<p>The bony point at the side of the hip is the greater trochanter of the thigh bone. The "
                    "tendons of the gluteus medius and minimus attach here; these muscles keep the pelvis level "
                    "when you stand on one leg and walk. The iliotibial band (ITB) runs over the top, with small "
                    "fluid-filled sacs (bursae) that help the tissues glide.</p>"
                    "<h3>Gluteal Tendinopathy</h3>"
                    "<p>Gluteal tendinopathy is the most common cause of outer hip pain. It is most common in "
                    "women over 40, especially around menopause, and is also seen in runners. The tendons become "
                    "painful when squeezed against the bone, as happens when the thigh crosses the body: lying on "
                    "your side, sitting with your legs crossed or standing with your weight on one hip. Pain is "
                    "often worse at night, on stairs and when getting up from sitting.</p>"
                    "<p>Learning how to reduce this squeezing, together with graded exercise, has been shown to "
                    "work better in the longer term than an injection or a “wait and see” approach. Stretching "
                    "the outside of the hip can make it worse.</p>"
                    "<h3>Trochanteric Bursitis</h3>"
                    "<p>Outer hip pain was long called trochanteric bursitis, but the bursa is rarely the main "
                    "problem: when it is swollen, an unhealthy tendon is usually present too. The term greater "
                    "trochanteric pain syndrome is also used.</p>"
                ),
                "professional_can": (
                    "<ul>"
                    "<li>confirm whether gluteal tendinopathy is the likely cause</li>"
                    "<li>show you how to reduce tendon squeezing when sleeping, sitting and standing</li>"
                    "<li>provide a graded strengthening program for the hip muscles</li>"
                    "<li>discuss other options with your doctor if progress is slow</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "bone",
                "heading": "Bone Related Outer Hip Pain",
                "summary": "the top of the thigh bone, after a fall",
                "body": (
                    "<h3>Hip Fracture</h3>"
                    "<p>A fall onto the side of the hip can break the top of the thigh bone. This is most common "
                    "in older people, especially those with osteoporosis. If you have had a fall and cannot stand "
                    "or walk, or the leg looks shorter or turned out, seek medical help straight away.</p>"
                    "<p>Stress fractures of the femoral neck in runners are usually felt in the groin. Read more "
                    'under <a href="/en/pain/groin/bone/">bone-related groin pain</a>.</p>'
                ),
                "professional_can": (
                    "<ul>"
                    "<li>recognise when a bone injury may be present and arrange a medical review</li>"
                    "<li>guide your rehabilitation and return to walking after a fracture has been treated</li>"
                    "<li>provide strength and balance training to lower your risk of falls</li>"
                    "</ul>"
                ),
                "note": "",
                "figures": [],
            },
            {
                "category": "back",
                "heading": "Back Related Outer Hip Pain",
                "summary": "the lower back",
                "body": (
                    "<p>The lower back often refers pain to the side of the hip. Referred pain from a joint or "
                    "disc is a dull, spread-out ache. Radicular pain from an irritated nerve root is sharper and "
                    "may run down the outside of the leg, sometimes with tingling or numbness. Read more under "
                    '<a href="/en/pain/upper-buttock/back/">back-related pain</a>.</p>'
                    "<p>The reverse also happens: outer hip pain is often blamed on the back when it is really "
                    "gluteal tendinopathy. Back and hip problems can also occur together.</p>"
                ),
                "professional_can": _BACK_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Outer Hip Pain",
                "summary": "nerves that supply the muscles and skin around the side of the hip",
                "body": (
                    "<p>The superior gluteal nerve supplies the gluteus medius, gluteus minimus and tensor fascia "
                    "lata muscles. When it is irritated, it may cause a deep ache and weakness that makes a limp "
                    'more likely. Read more about <a href="/en/pain/upper-buttock/nerve/">gluteal nerve '
                    "neuralgia</a>.</p>"
                    "<p>The lateral femoral cutaneous nerve supplies the skin of the outer front of the thigh. It "
                    "can be squeezed near the bony point at the front of the pelvis, for example by a tight belt, "
                    "weight gain or pregnancy. This is called meralgia paraesthetica, and causes burning, "
                    "tingling or numbness on the outer thigh, but no weakness.</p>"
                ),
                "professional_can": _NERVE_PRO,
                "note": "",
                "figures": [],
            },
            {
                "category": "other",
                "heading": "Other Causes of Outer Hip Pain",
                "summary": "inflammatory conditions, blood supply problems or other health issues",
                "body": (
                    "<h3>Polymyalgia Rheumatica</h3>"
                    "<p>Polymyalgia rheumatica is an inflammatory condition that affects people over 50. It "
                    "causes pain and marked stiffness in both hips and both shoulders, usually worst in the "
                    "morning. It needs diagnosis and treatment by a doctor.</p>"
                    "<p>Rarer causes include loss of blood supply to the ball of the hip (avascular necrosis), "
                    "infection and tumours. See a doctor promptly if outer hip pain comes with a fever, "
                    "unexplained weight loss or night pain that does not ease.</p>"
                ),
                "professional_can": _OTHER_PRO,
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "gluteal-tendinopathy",
                "name": "Gluteal tendinopathy",
                "other_names": (
                    "greater trochanteric pain syndrome, GTPS, gluteus medius tendinopathy, gluteal tendon tear"
                ),
                "summary": (
                    "Painful gluteal tendons at the side of the hip, often worse lying on your side; the most "
                    "common cause of outer hip pain."
                ),
                "category": "soft-tissue",
                "anchor": "gluteal-tendinopathy",
            },
            {
                "slug": "trochanteric-bursitis",
                "name": "Trochanteric bursitis",
                "other_names": "hip bursitis, greater trochanteric pain syndrome",
                "summary": (
                    "A swollen bursa at the side of the hip, usually alongside gluteal tendinopathy rather than "
                    "on its own."
                ),
                "category": "soft-tissue",
                "anchor": "trochanteric-bursitis",
            },
            {
                "slug": "hip-fracture",
                "name": "Hip fracture",
                "other_names": "broken hip, fractured neck of femur",
                "summary": (
                    "A break at the top of the thigh bone, usually after a fall in an older person; it needs "
                    "urgent care."
                ),
                "category": "bone",
                "anchor": "hip-fracture",
            },
            {
                "slug": "polymyalgia-rheumatica",
                "name": "Polymyalgia rheumatica",
                "other_names": "PMR",
                "summary": (
                    "An inflammatory condition in people over 50 causing pain and morning stiffness in both hips "
                    "and shoulders."
                ),
                "category": "other",
                "anchor": "polymyalgia-rheumatica",
            },
        ],
    },
]
