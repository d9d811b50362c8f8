"""Demo translations: vi. The pain-map region names and the urgent-care cards' warning signs for now."""

LANGUAGE = "vi"

REGIONS = {
    "groin": {"name": "Háng và mặt trước hông"},
    "pubic": {"name": "Vùng xương mu"},
    "front-thigh": {"name": "Mặt trước đùi"},
    "inner-thigh": {"name": "Mặt trong đùi"},
    "lateral-hip": {"name": "Mặt ngoài hông"},
    "outer-thigh": {"name": "Mặt ngoài đùi"},
    "lower-back": {"name": "Lưng dưới"},
    "upper-buttock": {"name": "Phần trên mông"},
    "lower-buttock": {"name": "Phần dưới mông và xương ngồi"},
    "back-of-thigh": {"name": "Mặt sau đùi"},
    "knee": {"name": "Đau ở xa hơn (đầu gối)"},
    # The places the map gained with its two sides (to be checked by a translator).
    "tailbone": {"name": "Xương cụt"},
    "lower-abdomen": {"name": "Bụng dưới"},
}

# The shared warning signs of the urgent-care cards (conditions/demo_care.py), by slug.
RED_FLAGS = {
    "cauda-equina": {"text": "Không kiểm soát được việc đi tiểu hoặc đi đại tiện, hoặc bị tê vùng giữa hai chân"},
    "both-legs-weak": {"text": "Yếu cả hai chân, hoặc chân yếu đi rất nhanh"},
    "fall-cannot-bear-weight": {
        "text": (
            "Sau khi ngã hoặc bị thương, quý vị không thể đứng hay dồn sức nặng lên chân, hoặc chân trông bị biến dạng"
        )
    },
    "fever-hot-joint": {"text": "Sốt hoặc thấy nóng lạnh run người, kèm theo khớp nóng, sưng hoặc rất đau"},
    "chest-pain-breathless": {"text": "Đau ngực hoặc đột nhiên khó thở"},
    "groin-lump-stuck": {"text": "Có một khối đau ở háng mà quý vị không đẩy vào được, nhất là khi bị nôn"},
    "swollen-calf-thigh": {"text": "Bắp chân hoặc đùi bị sưng, đau, nóng hoặc đỏ: có thể là cục máu đông"},
    "child-limp": {"text": "Trẻ em hoặc thiếu niên mới bị đi khập khiễng, hoặc đau hông, đùi hay đầu gối"},
    "one-leg-numb-weak": {"text": "Mới bị tê, có cảm giác kim châm hoặc yếu ở một chân"},
    "fever-with-pain": {"text": "Bị đau kèm theo sốt hoặc cảm thấy không khỏe"},
    "urine-burning-blood": {"text": "Nóng rát khi đi tiểu, có máu trong nước tiểu, hoặc chảy máu bất thường"},
    "worse-with-each-run": {"text": "Cơn đau nặng hơn sau mỗi lần chạy hoặc đi bộ, hoặc nay đau cả khi nghỉ ngơi"},
    "morning-stiffness-both-sides": {
        "text": "Mới bị đau và cứng ở cả hai hông hoặc cả hai vai, nặng nhất vào buổi sáng"
    },
    "night-pain-weight-loss": {
        "text": "Đau về đêm không giảm, kèm theo sụt cân không rõ lý do hoặc đã từng bị ung thư"
    },
}

# A guide's own signs on its cards: guide slug -> level -> values.
CARE_CARDS = {
    "front-thigh": {
        "emergency": {"symptoms": "<ul><li>Đùi trở nên rất sưng, căng và ngày càng đau hơn sau khi bị va đập</li></ul>"}
    },
}
