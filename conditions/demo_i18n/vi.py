"""Demo translations: vi. Only the pain-map region names are translated for now."""

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
}
