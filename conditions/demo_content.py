"""Demo content: the first guide, "Upper Buttock Pain".

The seed's sentences are kept word for word, with their own spelling, punctuation
and typos: tests compare them with the rendered page text. Only the category
explainers, the meta description, figure captions and alt text, and condition
summaries are written for this site.
"""

SNIPPETS = [
    {
        "slug": "what-is-pain",
        "title": "What is pain?",
        "body": (
            "<p>Pain is an experience that the brain creates for the purposes of stimulating you to change your "
            "behaviour or seek help for a perceived problem with your body.</p>"
            "<p>Irritating or potentially damaging stimuli in your body (like high levels of pressure, tension or "
            "extremes of temperature) activate sense receptors (danger sensors) in the area. Signals from danger "
            "sensors in the body travel through the nervous system to the brain. Here the information is processed "
            "and the brain sometimes (but not always) produces a pain experience.</p>"
            '<p>If you would like to <a href="/en/articles/understanding-pain/">read more about understanding what pain is, '
            "please click here</a>.</p>"
        ),
    },
]

CATEGORIES = [
    {
        "slug": "joint",
        "name": "Joint",
        "order": 1,
        "explainer": (
            "<p>A joint is a place where two bones meet. Joint-related pain comes from the joint itself or from "
            "the structures that hold it together and support it, such as its ligaments.</p>"
        ),
    },
    {
        "slug": "soft-tissue",
        "name": "Soft tissue",
        "order": 2,
        "explainer": (
            "<p>Soft tissues are the parts of the body that are not bone, such as muscles, tendons and the thin "
            "wrapping around them. Pain can come from any of these, often after too much or too little use.</p>"
        ),
    },
    {
        "slug": "bone",
        "name": "Bone",
        "order": 3,
        "explainer": (
            "<p>Bone-related pain is less common. It can come from a break or a small crack in a bone and, very "
            "rarely, from an infection or a growth in the bone.</p>"
        ),
    },
    {
        "slug": "back",
        "name": "Back",
        "order": 4,
        "explainer": (
            "<p>Pain felt around the hip and buttock sometimes starts in the lower back. The back and the hip share "
            "nerve pathways, so the brain cannot always tell where a signal came from.</p>"
        ),
    },
    {
        "slug": "nerve",
        "name": "Nerve",
        "order": 5,
        "explainer": (
            "<p>Nerves carry messages between your body and your brain. A nerve that is squeezed, stretched or "
            "irritated along its path can cause pain, tingling or numbness in the area it serves.</p>"
        ),
    },
    {
        "slug": "other",
        "name": "Other",
        "order": 6,
        "explainer": (
            "<p>Some pain around the hip and pelvis comes from somewhere other than muscles, bones and joints, such "
            "as the pelvic organs, blood vessels or a general health condition. These causes are less common, and a "
            "health professional can help check for them.</p>"
        ),
    },
]

_JOINT_BODY = (
    "<p>A joint is formed where two bones are joined together, with varying amounts of movement occurring between "
    "them. Pain may be related to the structures involved in the function and support of a joint. The sacroiliac "
    "joint is the joint most likely to be related to pain in the upper buttock region (Figures 1.1 &amp; 1.2).</p>"
    "<p>[[figure 1.1]]</p>"
    "<p>[[figure 1.2]]</p>"
    "<p>[[snippet what-is-pain]]</p>"
    "<p>The sacroiliac joints (sometimes abbreviated to SIJs or SI joints) are the joints formed between the two "
    "bony wings of the pelvis and the tailbone (sacrum) (Figure 1.2).</p>"
    "<ul>"
    "<li>These joints are designed for stability with extremely little movement capacity. They are flat or "
    "“plane” joints though the surfaces of the joint are not completely flat. They are irregular or bumpy to allow "
    "some interlocking of the bones for the stability they need.</li>"
    "<li>They are also surrounded by some of the strongest ligaments in the body (Figure 1.3 &amp;1.4). This stable "
    "joint structure allows transfer of large forces between the body and the legs during walking, running and "
    "jumping.</li>"
    "<li>Some movement occurs in these joints during walking and running, where one leg is moving forward and the "
    "other backward, resulting in a small amount of joint rotation.</li>"
    "<li>Movement at the sacroiliac joints will also occur during extremes of hip or back motion, although most "
    "scientists agree that the amount of movement that occurs at the sacroiliac joints is very small.</li>"
    "</ul>"
    "<p>[[figure 1.3]]</p>"
    "<p>[[figure 1.4]]</p>"
    "<h3>Pain related to the Sacroiliac Joint</h3>"
    "<p>Pain and functional difficulties related to the sacroiliac joint:</p>"
    "<ul>"
    "<li>most commonly develop during pregnancy or childbirth</li>"
    "<li>may occur after a major trauma, such as a hard fall onto the bottom or a large force through one leg, for "
    "example being dragged by one leg after a fall from a horse or water-skis</li>"
    "<li>may develop over time, related to certain types of repetitive forces</li>"
    "<li>can develop when there is a problem with the lower back or hip joints, transferring extra load across the "
    "sacroiliac joint</li>"
    "</ul>"
    "<p>Sacroiliac pain and dysfunction are however, greatly over-diagnosed. While true instability does occur, it "
    "is relatively rare and there are many people living unnecessarily in fear, related to a diagnosis of ‘pelvic "
    "instability’ or being told their pelvis keeps moving ‘out of place’.</p>"
    "<p>Here are a few facts about the sacroiliac joint that may dispel some of this fear:</p>"
    "<ul>"
    "<li>The structure of the sacroiliac joint makes it a very stable joint</li>"
    "<li>Asymmetry in the human body is normal</li>"
    "<li>Differences in tightness of the muscles that join on to either side of the pelvis occur naturally, related "
    "to leg or arm dominance, sport and occupation. This asymmetry may cause an appearance of asymmetry in the "
    "resting position and movement of the pelvis. This is normal and has not been linked to harm.</li>"
    "<li>Differences in leg length of up to around 1cm are common and normal. Leg length difference may also "
    "produce an appearance of asymmetry in pelvic position in standing.</li>"
    "<li>A click occurring in a joint does not mean it has moved ‘in or out of position’. All of us click and pop, "
    "some just a little more than others. These are usually normal joint or tendon sounds.</li>"
    "</ul>"
    "<p>There are also causes for sacroiliac joint pain that are related to other general health conditions. "
    "Sacroiliitis refers to an inflammation of the SIJ’s associated with a systemic inflammatory disease such as "
    'Ankylosing Spondylitis. You can <a href="/en/pain/upper-buttock/other/">read more about non-musculoskeletal '
    "causes of hip and pelvic pain here</a>.</p>"
    "<p>Pain related to the sacroiliac joints is most commonly experienced in the upper buttock region, usually "
    "right over the joint, in the area of the dimples at the top of the buttocks. As the pelvis is a ring joined at "
    "the front by the pubic symphysis, problems with the sacroiliac joints are sometimes associated with pain in the "
    "groin region.There are many other causes for groin pain however, so visit our Pain Locator Map to read about "
    "different factors that may be related to pain in each of these regions.</p>"
    "<p>Your Hip Pain Professional will be able to assess your sacroiliac joints to determine if they are likely to "
    "be the cause of your pain. If you have sacroiliac joint related pain, you may require:</p>"
    "<ul>"
    "<li>advice on modifications to activities or positions – e.g. workplace set-up</li>"
    "<li>an exercise program to provide optimal muscle support around the joints</li>"
    "<li>advice regarding short term bracing or taping–only appropriate for short term use and usually only for "
    "severe pain and during late stage pregnancy or after trauma</li>"
    "<li>an injection for short term relief of severe pain, while you work on your rehabilitation</li>"
    "</ul>"
)

_SOFT_TISSUE_BODY = (
    "<p>Pain in the upper buttock region may be related to soft tissues. Soft tissues are non-bony structures that "
    "connect, support, or surround other structures and include muscles, tendons (which connect your muscles to the "
    "bone) and fascia (Figure 2.1).</p>"
    "<p>Fascia is stretchy, thin, white fibrous tissue. All our muscles are enveloped in fascia, like stretchy "
    "stockings that help transfer energy from muscle and movement. Fascia also forms sheaths or tunnels for safe "
    "passage of blood vessels and nerves and wraps and supports all our bodily organs.</p>"
    "<p>[[figure 2.1]]</p>"
    "<p>There are many muscles that support and move the hip and pelvis. In the upper buttock region, many muscles "
    "and their surrounding thin fibrous wrapping (fascia) converge, joining firmly onto the pelvis and sacrum. These "
    "back, abdominal and buttock muscles play a vital role in generating and transferring forces that pass across "
    "the pelvis, between the back and hips. The muscles are also covered in strong fascia that continues from the "
    "hips (gluteal fascia) into the back (thoracodorsal fascia). This strong, stretchy wrapping helps store and "
    "transfer energy through this region (Figure 2.1).</p>"
    "<p>The upper part of the gluteus maximus muscle, and the gluteus medius muscle beneath, run from their anchor "
    "points on the pelvis and sacrum, around to the side of the hip (lateral hip region) (Figure 2.1). The "
    "piriformis muscle also sits under the gluteus maximus in the upper buttock, having strong connections into the "
    "bones and ligaments of the sacroiliac joint (SIJ) at the back of the pelvis (Figure 2.2).</p>"
    "<p>[[figure 2.2]]</p>"
    "<h3>Soft Tissue-Related Pain in the Upper Buttock</h3>"
    "<p>Pain in the upper buttock can be associated with any of the local soft tissues – the muscles, their "
    "attachments onto the bone and the fibrous wrapping (fascia) that surrounds them.</p>"
    "<p>Problems in these soft tissues may develop due to:</p>"
    "<ul>"
    "<li>an acute injury, usually related to heavy lifting or twisting or a sports injury</li>"
    "<li>weakness in the buttock or trunk muscles</li>"
    "<li>overuse of the buttock or trunk muscles. Increasing bulk in muscles that are working too hard also has the "
    "potential to worsen pain</li>"
    "<li>general overload–doing too much of a particular task or activity; increasing activity too quickly, without "
    "adequate recovery</li>"
    "<li>general underload – a sedentary lifestyle with too little stimulus to keep your muscles healthy. This may "
    "also happen after a period of relative rest, for example, after traveling, or after being ill.</li>"
    "</ul>"
    "<p>Muscle pain in the buttock is often referred to as Piriformis Syndrome, which is in fact a nerve "
    "condition.</p>"
    '<p>Hip Pain Help have developed a <a href="/en/resources/buttock-and-trunk-muscle-pain-course/">self help '
    "course for this condition. For more info click here</a>.</p>"
)

_SOFT_TISSUE_PROFESSIONAL_CAN = (
    "<ul>"
    "<li>assess the buttock and trunk muscles that may contribute to pain in this region</li>"
    "<li>determine if a strengthening program is needed, which exercises are likely to be most effective and which "
    "are best to avoid</li>"
    "<li>assess if there is excessive activity or ‘gripping’ of the muscles in this area and provide strategies in "
    "how to combat this</li>"
    "<li>provide important advice about sporting and other activities"
    "<ul>"
    "<li>advice about ‘how much is too much’"
    "<ul>"
    "<li>allowing adequate recovery between sessions</li>"
    "<li>temporary reduction in activity levels may be required</li>"
    "<li>rest from particular actions or altering techniques that place high stress through the upper buttock "
    "region</li>"
    "</ul>"
    "</li>"
    "</ul>"
    "</li>"
    "</ul>"
)

_BONE_BODY = (
    "<p>Although relatively more rare than soft tissue or joint problems, bony problems such as a fracture, stress "
    "fracture or very rarely, infection or tumour within the bone may cause hip and pelvic pain.</p>"
    "<p>The most likely bone-related issues associated with pain in the upper buttock region, are fracture or stress "
    "fracture of the sacrum. The sacrum is the wedge-shaped bone that sits between the two bony wings of the pelvis "
    "(Figure 3).</p>"
    "<p>[[figure 3]]</p>"
    "<p>A fracture:</p>"
    "<ul>"
    "<li>is the medical term for a broken bone</li>"
    "<li>usually occurs from a traumatic event like a fall, car accident or more severe sporting injury. A hard fall "
    "backwards onto the pelvis may cause a sacral fracture.</li>"
    "<li>is more likely to occur in a weakened bone e.g. osteoporosis or genetic diseases like osteogenesis "
    "imperfecta.</li>"
    "</ul>"
    "<p>A stress fracture:</p>"
    "<ul>"
    "<li>is the medical term used for a tiny crack in a bone</li>"
    "<li>starts as localised swelling in the area of bone exposed to highest stress (you won’t see this at skin "
    "level as it is just within the bone) – this may be called a stress reaction or bony stress response</li>"
    "</ul>"
    "<p>Stress fractures can be divided into two main types:</p>"
    "<ul>"
    "<li>Fatigue fracture: where a bone has been exposed to an abnormal accumulation of repeated small traumas e.g. "
    "long-distance running</li>"
    "<li>Insufficiency fracture: where the bone strength is insufficient to resist normal daily forces</li>"
    "</ul>"
    "<p>Sacral fatigue fractures are seen most commonly in long distance runners or triathletes. Compared with bony "
    "injuries of the leg and foot, these are relatively much less common. Sacral insufficiency fractures occur most "
    "commonly in elderly females with osteoporosis. A diagnosis of sacral stress fracture may be missed or delayed, "
    "as the associated pain in the upper buttock region is often assumed to be related to the sacroiliac joint or "
    "lower back.</p>"
)

_BONE_PROFESSIONAL_CAN = (
    "<ul>"
    "<li>perform a thorough assessment and let you know if a bone issue may be suspected. In these cases, you may be "
    "advised to undertake further imaging or referral to a medical specialist for further advice</li>"
    "<li>provide or refer you for rehabilitation at an appropriate time following bony injury</li>"
    "<li>provide important information about managing general or sporting activity</li>"
    "<li>address muscular or biomechanical issues that may be contributing to bone-related pain, for example, "
    "running style may have an impact</li>"
    "</ul>"
)

_BACK_BODY = (
    "<p>Pain experienced in the upper buttock regions sometimes has nothing to do with a condition in this area.</p>"
    "<p>Lower back issues are often associated with pain that extends from the back into the upper buttock or pain "
    "that occurs only in the upper buttock.There are two main ways this might occur:</p>"
    "<h3>Referred pain</h3>"
    "<p>Referred pain is pain felt in a part of the body other than its actual source. For example, if there is a "
    "problem in the lumbar (lower back) discs or joints, small nerve endings serving these structures generate "
    "‘danger’ messages that are transmitted along small nerve fibres into the spinal cord.</p>"
    "<p>However, this area of the spinal cord also receives information from structures in the hip and pelvis.The "
    "brain is unable to distinguish where the information came from, (the back, the hip or the pelvis) so you might "
    "feel pain in any one or a combination of these areas (Figure 4.1).</p>"
    "<p>[[figure 4.1]]</p>"
    "<p>Pain in the buttock may be referred from joints or intervertebral discs of the mid-lower lumbar spine.</p>"
    "<p>Referred pain:</p>"
    "<ul>"
    "<li>is usually a dull, aching or gnawing pain</li>"
    "<li>can expand into a wide area that is difficult to localize</li>"
    "<li>is not related to a problem of the nerve roots in the spine</li>"
    "<li>is not associated with other nerve-related symptoms such as tingling or numbness</li>"
    "</ul>"
    "<h3>Radicular Pain</h3>"
    "<p>Radicular pain is pain associated with irritation of the nerve roots as they exit the spine. It’s most "
    "commonly this is associated with inflammation or compression from the nearby disc. The nerve roots that exit at "
    "each level of the spine give rise to sensation indifferent areas of the skin, called dermatomes "
    "(Figure 4.3).</p>"
    "<p>When a nerve root is irritated at the spine, pain may be felt in the area of skin that the nerve root "
    "supplies. For example, compression of the nerve roots that exit between the lower lumbar vertebrae (L3-5) "
    "could, for some people, result in painful sensations across the upper buttock (Figure 4.3).</p>"
    "<p>[[figure 4.3]]</p>"
    "<p>Radicular pain:</p>"
    "<ul>"
    "<li>is related to a problem of the nerve roots in the spine</li>"
    "<li>is usually accompanied by stabbing or shooting pains</li>"
    "<li>is usually easier to localise than referred pain</li>"
    "<li>may also be associated with an additional or background, deep, dull ache</li>"
    "<li>may be accompanied by other nerve related symptoms such as tingling, itching, burning or numbness</li>"
    "</ul>"
    "<p>If the pain in your hip is due to a problem in the back, you can spend valuable time and money getting "
    "unnecessary treatment on the wrong area and this might delay an important diagnosis and your recovery. It is "
    "also important to be aware that pain in some regions, particularly lateral hip and buttock pain, is often "
    "assumed to be back-related pain when the pain may be all or partly due to a problem of the hip. Again, you may "
    "spend valuable time and money getting unnecessary or incomplete treatment.</p>"
)

_BACK_PROFESSIONAL_CAN = (
    "<ul>"
    "<li>provide a skilled assessment</li>"
    "<li>help figure out the actual source of the problem and if you have more than one area contributing to the "
    "problem</li>"
    "<li>develop a comprehensive plan to help the problem – If your pain is lumbar-referred or radicular, you may "
    "need treatment on your back and not your hip or if you have two problem areas, both will need to be addressed "
    "within a comprehensive management plan</li>"
    "<li>recommend further tests or refer you to another specialist if the problem does not appear to be in the "
    "musculoskeletal system.</li>"
    "</ul>"
)

_NERVE_BODY = (
    "<p>The nervous system (Figure 5.1) is a complex network of nerves and cells that carry messages between the "
    "brain and spinal cord and your body. It is through this system that we feel, move and control our bodily "
    "functions.</p>"
    "<p>[[figure 5.1]]</p>"
    "<p>Nerve roots leave the spinal cord via the intervertebral foramina (holes or spaces between the vertebrae) "
    "and join together from various levels of the spine to travel as cord-like structures, called nerves, to their "
    "destinations.</p>"
    "<p>It is these nerves that travel outside the spinal cord that are referred to as “peripheral nerves”.</p>"
    "<p>Some peripheral nerves travel only a short distance and others all the way from the lower back to the foot. "
    "Along their journey they run between and through muscles and fibrous tunnels.</p>"
    "<p>While radicular pain arises from a problem as the nerve root exits the spine, nerve-related pain may develop "
    "due to a problem along the pathway of a peripheral nerve, outside the spine. Pain related to a nerve is called "
    "“Neuralgia”.</p>"
    "<p>Neuralgia felt around the hip and pelvis may develop in many ways including excessive compression or stretch "
    "of the nerve. This may be caused by a sudden, acute mechanism, for example a fall or blow to the area resulting "
    "in compression, or the leg being caught and wrenched, resulting in stretch.</p>"
    "<p>Alternatively, the onset may be subtle, with a gradual onset associated with sustained postures or "
    "repetitive movements that cause cumulative nerve irritation.</p>"
    "<p>Nerves will also be influenced by the health of the tissues they run through or alongside. For example, high "
    "muscle tension or tendinopathy may over time result in irritation of neighbouring nerves. Nerve related "
    "symptoms are usually experienced differently from pain associated with muscle and joint problems.</p>"
    "<p>Peripheral nerve irritability may result in:</p>"
    "<ul>"
    "<li>symptoms in the area served by that peripheral nerve (which is different from dermatomal patterns "
    "associated with nerve root irritation -radicular pain)</li>"
    "<li>burning pain</li>"
    "<li>odd zings or zaps of pain</li>"
    "<li>tingly sensations or numbness</li>"
    "<li>weakness – only for those nerves that supply muscles, like the femoral nerve</li>"
    "</ul>"
    "<h3>Nerves of the Upper &amp; Lower Buttock Regions:</h3>"
    "<p>Nerves that pass through or supply the buttock region (Figure 5.2) include:</p>"
    "<ul>"
    "<li>the sciatic nerve</li>"
    "<li>the cluneal nerves – superior, middle and inferior</li>"
    "<li>the gluteal nerves – these are motor nerves that serve muscles and not the skin"
    "<ul>"
    "<li>superior gluteal nerve – serves the gluteus medius, minimus and tensor fascia lata muscles</li>"
    "<li>inferior gluteal nerve – serves the gluteus maximus muscle</li>"
    "</ul>"
    "</li>"
    "<li>posterior femoral cutaneous nerve – provides nerve supply to a large area of skin of the back of the "
    "thigh</li>"
    "</ul>"
    "<p>[[figure 5.2]]</p>"
    "<h3>Nerve Related Pain/Neuralgia in the Buttock Regions</h3>"
    "<h4>The Sciatic Nerve and “Sciatica”</h4>"
    "<p>The term “sciatica” is often used incorrectly in reference to any pain felt in the area runningfrom the "
    "back, down into the leg.</p>"
    '<p>See our section on “<a href="/en/pain/upper-buttock/back/">back-related hip pain</a>” to read more about '
    "radicular pain associated with irritation of the nerve roots as they exit the spine.</p>"
    "<p>The sciatic nerve does not exit the spine as a single nerve. Nerve roots from the lower levels of the lumbar "
    "spine (lower back) and sacrum (tailbone) join together in the pelvis.</p>"
    "<p>Here they form a thick, cord-like structure, called “the sciatic nerve”. This large nerve exits the inner "
    "pelvis via the greater sciatic notch and runs through the buttock and down the back of the thigh "
    "(Figure 5.4).</p>"
    "<p>[[figure 5.4]]</p>"
    "<p>The sciatic nerve can sometimes be compressed, irritated or entrapped as it runs through the soft tissues of "
    "the buttock.</p>"
    "<p>Traditionally, sciatic pain (neuralgia) generated from issues within the buttock has been termed "
    "“Piriformis Syndrome” (see Figure5.4 to view the piriformis muscle and the sciatic nerve).</p>"
    "<p>This was based on a finding that in about 20% of the population, all or part of the sciatic nerve runst "
    "hrough the piriformis muscle. Compression of the nerve within the piriformis muscle was thought to be the "
    "problem in all cases of nerve-related buttock and leg pain that could not be associated with a problem in the "
    "back.</p>"
    "<p>It is now thought that this is the case in only a relatively small number of cases and that this condition "
    "has been over-diagnosed. So much so, that some believe it does not exist at all.</p>"
    "<p>The term “Deep Gluteal Syndrome” has been suggested recently as an alternative term to piriformis syndrome. "
    "It refers to any irritation of the sciatic nerve in the deep gluteal space, beneath the gluteus maximus "
    "muscle.</p>"
    "<p>In this space, the sciatic nerve may be compressed or irritated at the level of the piriformis, as it runs "
    "over the deep external rotator muscles or by fibrous bands anywhere along its path through the buttock.</p>"
    "<p>The nerve can also be irritated as it leaves the pelvis to head down into the thigh. Here it runs through a "
    "tunnel (ischial tunnel), between the outer side of the sitting bone (ischial tuberosity) and the upper "
    "thighbone (femur) (Figure5.4).</p>"
    "<p>In this tunnel it may be squeezed between the bones or irritated by unhealthy hamstring tendons "
    "(tendinopathy).</p>"
    '<p>Hip Pain Help have developed a <a href="/en/resources/deep-gluteal-syndrome-course/">self help course for '
    "the management and rehabilitation of deep gluteal (piriformis) syndrome. For more info click here</a>.</p>"
    "<h4>Cluneal Nerve Neuralgia</h4>"
    "<p>Of the cluneal nerves, the superior and inferior are more likely to be at risk of compression. Irritation of "
    "the superior cluneal nerve may result in upper buttock pain. The superior cluneal nerve branches run from the "
    "spine, over the top of the back of the pelvis and down into the buttock.</p>"
    "<p>They usually run through fibrous tunnels as they cross the top edge of the pelvis. This is where the small "
    "nerves may become compressed or irritated. This is usually associated with a fairly localised area of pain in "
    "the upper buttock, in the region of its skin supply (Figure5.3).</p>"
    "<p>[[figure 5.3]]</p>"
    "<h4>Gluteal Nerve Neuralgia</h4>"
    "<p>The gluteal nerves do not have a sensory supply to the skin, but gluteal neuralgia may be felt as a deep "
    "buttock pain, sometimes like a cramping feeling.</p>"
    "<p>These nerves provide important motor supply (the ability to make the muscles work/contract) to the gluteal "
    "muscles and the Tensor Fascia Lata (TFL) muscle at the side of the hip.</p>"
    "<p>Damage to these nerves may alter your ability to stand on one leg, walk without a limp, climb stairs, and "
    "lift the leg out to the side or behind you. The nerves may be irritated or compressed as they pass out into the "
    "back of the pelvis and run through the soft tissues of the buttock.</p>"
    "<p>Very occasionally, these nerves may also be damaged by surgery, such as a posterior approach Total Hip "
    "Replacement (where the scar is at the back of the hip).</p>"
    "<p>For Pain Related to Nerves/Neuralgia throughout the Hip, Pelvis, Buttock and Groin:</p>"
)

_NERVE_PROFESSIONAL_CAN = (
    "<ul>"
    "<li>perform specific tests in the clinic to see if nerve involvement is likely</li>"
    "<li>provide treatments and give you exercises that may improve the health or movement of the nerve</li>"
    "<li>help improve health of the muscles and tendons beside the nerve (this may be the source of nerve "
    "irritation)</li>"
    "<li>review the positions you spend time in and activities you perform daily and provide strategies when "
    "performing these tasks that might help protect the nerve, thus reducing your symptoms. This may include "
    "changing your sitting or lying posture, or changing stretches or strength exercises that you have been "
    "performing that may be contributing to the irritation the nerve</li>"
    "<li>provide nerve gliding or mobility exercises that can be useful in some situations</li>"
    "<li>refer you for further tests or to a neurologist, orthopaedic specialist or other pain specialist if "
    "required</li>"
    "<li>In some cases, your hip pain professional may refer you to a pelvic floor physio for further assessment "
    "should they consider the pelvic floor muscles are involved</li>"
    "</ul>"
)

_NERVE_NOTE = (
    "*Please note: Nerve supply can overlap and be quite variable between individuals. The diagrams provided in this "
    "section only provide an approximate guide of nerve supply in each region."
)

_OTHER_BODY = (
    "<p>There are other processes that may produce pain around the hip and pelvis.</p>"
    "<p>These include:</p>"
    "<ul>"
    "<li>Systemic/Rheumatological conditions: eg Rheumatoid Arthritis, Polymyalgia, Polyarthralgia</li>"
    "<li>Infective processes: Septic arthritis, Osteomyelitis, Viral Arthritis</li>"
    "<li>Neoplastic processes (cancer)</li>"
    "<li>Vascular issues: Avascular Necrosis, External Iliac Artery Entrapment, varicotic gluteal vessels "
    "compressing the sciatic nerve</li>"
    "</ul>"
    "<p>These conditions are relatively rare compared to musculoskeletal pain, but when present you will need to see "
    "a medical practitioner and usually a specialist for that system or problem, for example, a Rheumatologist, "
    "Orthopaedic Specialist, Oncologist or Vascular Specialist.</p>"
    "<p>Lower abdominal and pelvic pain can also be associated with organ problems (ovaries, uterus, bowel, bladder, "
    "prostate).</p>"
    "<p>One of the most common causes of organ-related pain in females is endometriosis. This occurs when tissue that "
    "is similar to the lining of the uterus (womb) grows outside the uterus attaching to other structures such as the "
    "pelvic ligaments or the bladder and bowel. This can lead to debilitating pain that may be cyclic, relating to "
    "the menstrual cycle.</p>"
    "<p>Diagnosis and management of organ related problems will usually require the assistance of a specialist, for "
    "example a gynaecologist (female reproductive organs), urologist (bladder and prostate) or gastroenterologist "
    "(gut/bowel).</p>"
    "<p>A skilled assessment by a Hip Pain Professional will help clarify if the problem requires further medical "
    "attention and whether it is likely to be related to a musculoskeletal problem or not.</p>"
)

_OTHER_PROFESSIONAL_CAN = (
    "<ul>"
    "<li>provide a detailed assessment</li>"
    "<li>assist in determining if the problem is musculoskeletal or not</li>"
    "<li>develop a plan to help if the problem is musculoskeletal</li>"
    "<li>recommend further tests or send you to another specialist if the problem does not appear to be in the "
    "musculoskeletal system</li>"
    "</ul>"
)

GUIDES = [
    {
        "slug": "upper-buttock",
        "title": "Upper Buttock Pain",
        "intro": (
            "<p>Upper buttock pain is pain that is experienced over the upper part of the buttock. There are many "
            "potential causes for upper buttock pain. Explore the information under each tab below to understand "
            "more about the anatomy of the area and things that may go wrong.</p>"
        ),
        "common_conditions_heading": "Common conditions associated with upper buttock pain:",
        "related_heading": "Pain experienced in the upper buttock region may be related to:",
        "snippet": "what-is-pain",
        "meta_description": (
            "Upper buttock pain explained: how the joints, muscles, bones, lower back, nerves and other health "
            "issues can cause it, and how a professional can help."
        ),
        "common_conditions": [
            {
                "text": "Pelvic girdle pain or Sacroiliac joint pain/dysfunction",
                "category": "joint",
                "link_text": "Joint-Related Pain",
            },
            {
                "text": "Referred pain from the lower back",
                "category": "back",
                "link_text": "Back-Related Hip Pain",
            },
            {
                "text": "Sciatica (piriformis syndrome or deep gluteal syndrome)",
                "category": "nerve",
                "link_text": "Peripheral Nerve-Related Pain",
            },
        ],
        "sections": [
            {
                "category": "joint",
                "heading": "Joint Related Pain",
                "summary": "joints of the hip & pelvis, where two bones meet",
                "body": _JOINT_BODY,
                "professional_can": "",
                "note": "",
                "figures": [
                    {
                        "number": "1.1",
                        "caption": "The sacroiliac joints and the hip joints, seen from behind.",
                        "alt_text": (
                            "Drawing of the pelvis seen from behind. The two sacroiliac joints are marked where the "
                            "sacrum (tailbone) meets the two wings of the pelvis (ilia), with the hip joints below."
                        ),
                        "illustration": "conditions/figures/figure-1-1.svg",
                        "order": 1,
                    },
                    {
                        "number": "1.2",
                        "caption": "One sacroiliac joint, close up.",
                        "alt_text": (
                            "Close-up drawing of one sacroiliac joint between the sacrum and the ilium. The joint "
                            "surfaces are irregular and bumpy, so they interlock."
                        ),
                        "illustration": "conditions/figures/figure-1-2.svg",
                        "order": 2,
                    },
                    {
                        "number": "1.3",
                        "caption": "Strong ligaments at the back of the pelvis.",
                        "alt_text": (
                            "Drawing of the back of the pelvis showing its strong ligaments: the posterior "
                            "sacroiliac ligaments over the sacroiliac joints, and the sacrotuberous and sacrospinous "
                            "ligaments running down from the sacrum."
                        ),
                        "illustration": "conditions/figures/figure-1-3.svg",
                        "order": 3,
                    },
                    {
                        "number": "1.4",
                        "caption": "Ligaments at the front of the pelvis.",
                        "alt_text": (
                            "Drawing of the front of the pelvis showing the anterior sacroiliac ligaments, and the "
                            "pubic symphysis where the two halves of the pelvis join at the front."
                        ),
                        "illustration": "conditions/figures/figure-1-4.svg",
                        "order": 4,
                    },
                ],
            },
            {
                "category": "soft-tissue",
                "heading": "Soft Tissue Related Pain",
                "summary": "‘soft tissues’, non-bony structures, such as muscle",
                "body": _SOFT_TISSUE_BODY,
                "professional_can": _SOFT_TISSUE_PROFESSIONAL_CAN,
                "note": "",
                "figures": [
                    {
                        "number": "2.1",
                        "caption": "Muscles and fascia of the buttock and back.",
                        "alt_text": (
                            "Drawing of the buttock and lower back from behind, showing the gluteus maximus muscle "
                            "with the gluteus medius beneath it. The gluteal fascia over the buttock continues up "
                            "into the thoracolumbar (thoracodorsal) fascia of the back."
                        ),
                        "illustration": "conditions/figures/figure-2-1.svg",
                        "order": 1,
                    },
                    {
                        "number": "2.2",
                        "caption": "The piriformis muscle.",
                        "alt_text": (
                            "Drawing of the deep buttock showing the piriformis muscle under the gluteus maximus, "
                            "running from the sacrum to the top of the thigh bone (femur)."
                        ),
                        "illustration": "conditions/figures/figure-2-2.svg",
                        "order": 2,
                    },
                ],
            },
            {
                "category": "bone",
                "heading": "Bone Related Pain in the Upper Buttock",
                "summary": "bones, such as the femur (thigh bone) or bones of the pelvis",
                "body": _BONE_BODY,
                "professional_can": _BONE_PROFESSIONAL_CAN,
                "note": "",
                "figures": [
                    {
                        "number": "3",
                        "caption": "The sacrum, seen from behind.",
                        "alt_text": (
                            "Drawing of the pelvis from behind with the sacrum picked out: the wedge-shaped bone "
                            "that sits between the two wings of the pelvis."
                        ),
                        "illustration": "conditions/figures/figure-3.svg",
                        "order": 1,
                    },
                ],
            },
            {
                "category": "back",
                "heading": "Back Related Hip Pain",
                "summary": "the lower back",
                "body": _BACK_BODY,
                "professional_can": _BACK_PROFESSIONAL_CAN,
                "note": "",
                "figures": [
                    {
                        "number": "4.1",
                        "caption": "Referred pain: how a problem in the back can be felt in the buttock.",
                        "alt_text": (
                            "Diagram of signals from a disc or joint in the lower back and from the hip reaching the "
                            "same part of the spinal cord. The buttock is shaded to show where the pain may be felt."
                        ),
                        "illustration": "conditions/figures/figure-4-1.svg",
                        "order": 1,
                    },
                    {
                        "number": "4.3",
                        "caption": "Dermatomes: the skin areas supplied by the L3, L4 and L5 nerve roots.",
                        "alt_text": (
                            "Back view of the buttocks and legs, with the areas of skin supplied by the L3, L4 and "
                            "L5 nerve roots marked as bands running over the buttock and down the leg."
                        ),
                        "illustration": "conditions/figures/figure-4-3.svg",
                        "order": 2,
                    },
                ],
            },
            {
                "category": "nerve",
                "heading": "Peripheral Nerve Related Pain",
                "summary": "nerves that run through and around the hip & pelvis",
                "body": _NERVE_BODY,
                "professional_can": _NERVE_PROFESSIONAL_CAN,
                "note": _NERVE_NOTE,
                "figures": [
                    {
                        "number": "5.1",
                        "caption": "The nervous system.",
                        "alt_text": (
                            "Outline of a body showing the brain, the spinal cord running down the back, and the "
                            "peripheral nerves branching out from it and running down to the legs."
                        ),
                        "illustration": "conditions/figures/figure-5-1.svg",
                        "order": 1,
                    },
                    {
                        "number": "5.2",
                        "caption": "Nerves of the buttock.",
                        "alt_text": (
                            "Drawing of the buttock from behind showing the sciatic nerve; the superior, middle and "
                            "inferior cluneal nerves; the superior and inferior gluteal nerves; and the posterior "
                            "femoral cutaneous nerve."
                        ),
                        "illustration": "conditions/figures/figure-5-2.svg",
                        "order": 2,
                    },
                    {
                        "number": "5.3",
                        "caption": "The skin area supplied by the superior cluneal nerves.",
                        "alt_text": (
                            "Drawing of the lower back and buttocks from behind. The superior cluneal nerves cross "
                            "the top edge of the pelvis, and the patch of skin they supply over the upper buttock is "
                            "shaded."
                        ),
                        "illustration": "conditions/figures/figure-5-3.svg",
                        "order": 3,
                    },
                    {
                        "number": "5.4",
                        "caption": "The sciatic nerve and the piriformis muscle.",
                        "alt_text": (
                            "Drawing of the buttock showing the sciatic nerve leaving the pelvis through the greater "
                            "sciatic notch and passing beneath the piriformis muscle. Lower down it runs through the "
                            "ischial tunnel, between the sitting bone and the thigh bone."
                        ),
                        "illustration": "conditions/figures/figure-5-4.svg",
                        "order": 4,
                    },
                ],
            },
            {
                "category": "other",
                "heading": "Other Causes of Hip, Pelvic & Groin Pain",
                "summary": "pelvic organs or blood vessels, or other health issues masquerading as hip pain",
                "body": _OTHER_BODY,
                "professional_can": _OTHER_PROFESSIONAL_CAN,
                "note": "",
                "figures": [],
            },
        ],
        "conditions": [
            {
                "slug": "sacroiliac-joint-pain",
                "name": "Sacroiliac joint pain",
                "other_names": "SIJ pain, SI joint pain, pelvic girdle pain",
                "summary": "Pain coming from the joints between the tailbone and the two wings of the pelvis, often "
                "felt over the dimples at the top of the buttocks.",
                "category": "joint",
                "anchor": "pain-related-to-the-sacroiliac-joint",
            },
            {
                "slug": "sacroiliitis",
                "name": "Sacroiliitis",
                "other_names": "",
                "summary": "Inflammation of the sacroiliac joints linked to a whole-body inflammatory disease, such "
                "as ankylosing spondylitis.",
                "category": "joint",
                "anchor": "pain-related-to-the-sacroiliac-joint",
            },
            {
                "slug": "buttock-soft-tissue-pain",
                "name": "Soft tissue (muscle) pain in the buttock",
                "other_names": "buttock muscle pain, gluteal muscle pain",
                "summary": "Pain from the muscles of the buttock and trunk, where they attach to bone, or from the "
                "fascia that wraps them.",
                "category": "soft-tissue",
                "anchor": "soft-tissue-related-pain-in-the-upper-buttock",
            },
            {
                "slug": "sacral-fracture",
                "name": "Sacral fracture",
                "other_names": "broken sacrum",
                "summary": "A break in the sacrum, usually after a hard fall backwards or another major injury.",
                "category": "bone",
                "anchor": "",
            },
            {
                "slug": "sacral-stress-fracture",
                "name": "Sacral stress fracture",
                "other_names": "sacral fatigue fracture, sacral insufficiency fracture",
                "summary": "A tiny crack in the sacrum from repeated load, as in long-distance running, or from "
                "weakened bone.",
                "category": "bone",
                "anchor": "",
            },
            {
                "slug": "referred-pain-lower-back",
                "name": "Referred pain from the lower back",
                "other_names": "lumbar referred pain",
                "summary": "A dull ache in the buttock that starts from a disc or joint in the lower back.",
                "category": "back",
                "anchor": "referred-pain",
            },
            {
                "slug": "radicular-pain",
                "name": "Radicular pain",
                "other_names": "sciatica, pinched nerve",
                "summary": "Sharp or shooting pain from an irritated nerve root where it leaves the spine.",
                "category": "back",
                "anchor": "radicular-pain",
            },
            {
                "slug": "deep-gluteal-syndrome",
                "name": "Deep gluteal syndrome",
                "other_names": "piriformis syndrome, sciatica",
                "summary": "Irritation of the sciatic nerve deep in the buttock, beneath the gluteus maximus muscle.",
                "category": "nerve",
                "anchor": "the-sciatic-nerve-and-sciatica",
            },
            {
                "slug": "cluneal-nerve-neuralgia",
                "name": "Cluneal nerve neuralgia",
                "other_names": "",
                "summary": "Pain from a small skin nerve squeezed where it crosses the top edge of the pelvis, felt "
                "in one spot of the upper buttock.",
                "category": "nerve",
                "anchor": "cluneal-nerve-neuralgia",
            },
            {
                "slug": "gluteal-nerve-neuralgia",
                "name": "Gluteal nerve neuralgia",
                "other_names": "",
                "summary": "Deep, sometimes cramping buttock pain from irritation of the nerves that work the "
                "buttock muscles.",
                "category": "nerve",
                "anchor": "gluteal-nerve-neuralgia",
            },
            {
                "slug": "endometriosis",
                "name": "Endometriosis",
                "other_names": "",
                "summary": "Tissue like the lining of the womb growing outside it, which can cause pelvic pain "
                "that follows the menstrual cycle.",
                "category": "other",
                "anchor": "",
            },
        ],
    },
]
