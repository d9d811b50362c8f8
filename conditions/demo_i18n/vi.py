"""Demo translations: vi (Vietnamese): the upper-buttock guide with its tabs, figures, the shared
"What is pain?" snippet, the cause categories and conditions; the map regions and warning signs."""

LANGUAGE = "vi"

SNIPPETS = {
    "what-is-pain": {
        "title": "Đau là gì?",
        "body": (
            "<p>Đau là một cảm nhận do não tạo ra nhằm thúc đẩy quý vị thay đổi hành vi hoặc tìm sự giúp đỡ "
            "khi não nhận thấy cơ thể có thể đang gặp vấn đề.</p>"
            "<p>Những yếu tố gây kích thích hoặc có thể gây tổn thương trong cơ thể (như áp lực lớn, sức căng, "
            "hoặc nhiệt độ quá nóng hay quá lạnh) sẽ kích hoạt các thụ thể cảm giác (“cảm biến nguy hiểm”) ở vùng đó. "
            "Tín hiệu từ các cảm biến nguy hiểm này đi theo hệ thần kinh lên não. Tại đây, thông tin được xử lý và "
            "đôi khi (nhưng không phải lúc nào cũng vậy) não tạo ra cảm giác đau.</p>"
            "<p>Nếu quý vị muốn tìm hiểu thêm về đau thực sự là gì, xin bấm vào đây.</p>"
        ),
    },
}

CATEGORIES = {
    "joint": {
        "name": "Khớp",
        "explainer": (
            "<p>Khớp là nơi hai xương gặp nhau. Đau liên quan đến khớp có thể đến từ chính khớp đó hoặc từ các cấu "
            "trúc "
            "giữ và nâng đỡ khớp, chẳng hạn như dây chằng.</p>"
        ),
    },
    "soft-tissue": {
        "name": "Mô mềm",
        "explainer": (
            "<p>Mô mềm là những phần của cơ thể không phải là xương, như cơ, gân và lớp màng mỏng bao quanh chúng. "
            "Đau có thể đến từ bất kỳ phần nào trong số này, thường là sau khi dùng quá nhiều hoặc quá ít.</p>"
        ),
    },
    "bone": {
        "name": "Xương",
        "explainer": (
            "<p>Đau liên quan đến xương ít gặp hơn. Nó có thể do gãy xương hoặc một vết nứt nhỏ trong xương, và rất "
            "hiếm khi "
            "do nhiễm trùng hoặc khối u trong xương.</p>"
        ),
    },
    "back": {
        "name": "Lưng",
        "explainer": (
            "<p>Đau quanh hông và mông đôi khi bắt đầu từ lưng dưới. Lưng và hông có chung một số đường dẫn truyền "
            "thần kinh, "
            "nên não không phải lúc nào cũng phân biệt được tín hiệu đến từ đâu.</p>"
        ),
    },
    "nerve": {
        "name": "Thần kinh",
        "explainer": (
            "<p>Dây thần kinh truyền tin giữa cơ thể và não. Một dây thần kinh bị chèn ép, kéo căng hoặc kích thích "
            "trên "
            "đường đi của nó có thể gây đau, cảm giác kim châm hoặc tê ở vùng mà nó chi phối.</p>"
        ),
    },
    "other": {
        "name": "Nguyên nhân khác",
        "explainer": (
            "<p>Một số cơn đau quanh hông và vùng chậu không đến từ cơ, xương và khớp mà từ nơi khác, như các cơ quan "
            "trong "
            "vùng chậu, mạch máu hoặc một bệnh lý toàn thân. Những nguyên nhân này ít gặp hơn, và nhân viên y tế có "
            "thể "
            "giúp quý vị kiểm tra.</p>"
        ),
    },
}

GUIDES = {
    "upper-buttock": {
        "title": "Đau phần trên mông",
        "intro": (
            "<p>Đau phần trên mông là cảm giác đau ở nửa trên của mông. Có nhiều nguyên nhân có thể gây đau phần trên "
            "mông. "
            "Hãy xem thông tin trong từng thẻ bên dưới để hiểu thêm về cấu tạo của vùng này và những gì có thể trục "
            "trặc.</p>"
        ),
        "common_conditions_heading": "Các bệnh lý thường gặp liên quan đến đau phần trên mông:",
        "related_heading": "Đau ở vùng phần trên mông có thể liên quan đến:",
        "meta_description": (
            "Giải thích về đau phần trên mông: khớp, cơ, xương, lưng dưới, dây thần kinh và các vấn đề sức khỏe khác "
            "có thể "
            "gây đau như thế nào, và chuyên gia có thể giúp quý vị ra sao."
        ),
        "common_conditions": [
            {
                "text": "Đau đai chậu hoặc đau/rối loạn chức năng khớp cùng chậu",
                "link_text": "Đau liên quan đến khớp",
            },
            {
                "text": "Đau quy chiếu từ lưng dưới",
                "link_text": "Đau hông liên quan đến lưng",
            },
            {
                "text": "Đau thần kinh tọa (hội chứng cơ hình lê hoặc hội chứng mông sâu)",
                "link_text": "Đau liên quan đến dây thần kinh ngoại biên",
            },
        ],
        "sections": {
            "joint": {
                "heading": "Đau liên quan đến khớp",
                "summary": "các khớp của hông và vùng chậu, nơi hai xương gặp nhau",
                "body": (
                    "<p>Khớp được tạo thành ở nơi hai xương nối với nhau, giữa chúng có thể cử động nhiều hay ít. "
                    "Đau có thể liên quan đến các cấu trúc tham gia vào hoạt động và nâng đỡ của khớp. "
                    "Khớp cùng chậu là khớp có nhiều khả năng liên quan nhất đến đau ở vùng phần trên mông (Hình 1.1 "
                    "và 1.2).</p>"
                    "<p>[[figure 1.1]]</p>"
                    "<p>[[figure 1.2]]</p>"
                    "<p>[[snippet what-is-pain]]</p>"
                    "<p>Khớp cùng chậu (đôi khi viết tắt là SIJ hoặc khớp SI) là các khớp nằm giữa hai cánh xương "
                    "chậu và "
                    "xương cùng (xương ở cuối cột sống) (Hình 1.2).</p>"
                    "<ul>"
                    "<li>Các khớp này được cấu tạo để vững chắc, với khả năng cử động cực kỳ ít. Chúng là khớp phẳng, "
                    "dù bề mặt "
                    "khớp không hoàn toàn phẳng. Bề mặt này gồ ghề, lồi lõm để các xương cài khớp vào nhau, tạo sự "
                    "vững chắc "
                    "cần thiết.</li>"
                    "<li>Chúng còn được bao quanh bởi một số dây chằng chắc khỏe nhất của cơ thể (Hình 1.3 và 1.4). "
                    "Cấu trúc "
                    "khớp vững chắc này cho phép truyền những lực lớn giữa thân mình và hai chân khi đi bộ, chạy và "
                    "nhảy.</li>"
                    "<li>Khi đi bộ và chạy, một chân bước về trước và chân kia về sau, các khớp này cử động một chút, "
                    "tạo ra một "
                    "độ xoay rất nhỏ của khớp.</li>"
                    "<li>Khớp cùng chậu cũng cử động khi hông hoặc lưng cử động hết tầm, tuy nhiên phần lớn các nhà "
                    "khoa học "
                    "đều đồng ý rằng mức cử động ở khớp cùng chậu là rất nhỏ.</li>"
                    "</ul>"
                    "<p>[[figure 1.3]]</p>"
                    "<p>[[figure 1.4]]</p>"
                    "<h3>Đau liên quan đến khớp cùng chậu</h3>"
                    "<p>Đau và khó khăn về chức năng liên quan đến khớp cùng chậu:</p>"
                    "<ul><li>thường gặp nhất trong lúc mang thai hoặc khi sinh con</li>"
                    "<li>có thể xảy ra sau một chấn thương lớn, như ngã mạnh ngồi bệt xuống đất, hoặc một lực lớn dồn "
                    "qua một "
                    "chân, ví dụ bị kéo lê một chân sau khi ngã ngựa hoặc ngã khi lướt ván nước</li>"
                    "<li>có thể phát triển dần theo thời gian, liên quan đến một số loại lực lặp đi lặp lại</li>"
                    "<li>có thể xuất hiện khi lưng dưới hoặc khớp hông có vấn đề, làm dồn thêm tải trọng lên khớp "
                    "cùng chậu</li>"
                    "</ul>"
                    "<p>Tuy vậy, đau và rối loạn chức năng khớp cùng chậu bị chẩn đoán quá mức rất nhiều. Tình trạng "
                    "mất vững "
                    "thật sự có xảy ra nhưng tương đối hiếm, và có nhiều người sống trong nỗi sợ không cần thiết vì "
                    "được chẩn "
                    "đoán là “mất vững khung chậu” hoặc bị nói rằng khung chậu của họ cứ bị “lệch chỗ”.</p>"
                    "<p>Sau đây là một vài sự thật về khớp cùng chậu có thể giúp xua tan nỗi sợ này:</p>"
                    "<ul><li>Cấu tạo của khớp cùng chậu làm cho nó trở thành một khớp rất vững chắc</li>"
                    "<li>Cơ thể người không hoàn toàn cân đối là chuyện bình thường</li>"
                    "<li>Độ căng của các cơ bám vào hai bên khung chậu tự nhiên là khác nhau, tùy theo chân hay tay "
                    "thuận, môn "
                    "thể thao và nghề nghiệp. Sự không cân đối này có thể làm khung chậu trông lệch khi nghỉ và khi "
                    "cử động. "
                    "Điều này là bình thường và chưa được chứng minh là gây hại.</li>"
                    "<li>Hai chân dài ngắn khác nhau đến khoảng 1 cm là phổ biến và bình thường. Sự chênh lệch chiều "
                    "dài chân "
                    "cũng có thể làm khung chậu trông lệch khi đứng.</li>"
                    "<li>Tiếng kêu “lục cục” ở khớp không có nghĩa là khớp bị “trật ra hay vào chỗ”. Ai trong chúng "
                    "ta cũng có "
                    "khớp kêu, chỉ là người này nhiều hơn người kia một chút. Đó thường là tiếng bình thường của khớp "
                    "hoặc gân.</li>"
                    "</ul>"
                    "<p>Cũng có những nguyên nhân gây đau khớp cùng chậu liên quan đến các bệnh lý toàn thân khác. "
                    "Viêm khớp cùng "
                    "chậu là tình trạng viêm khớp cùng chậu đi kèm một bệnh viêm toàn thân, như viêm cột sống dính "
                    "khớp. Quý vị "
                    "có thể đọc thêm về các nguyên nhân gây đau hông và vùng chậu không thuộc hệ cơ xương khớp "
                    '<a href="/en/pain/upper-buttock/other/">tại đây</a>.</p>'
                    "<p>Đau liên quan đến khớp cùng chậu thường được cảm thấy nhất ở vùng phần trên mông, thường ngay "
                    "trên khớp, "
                    "ở chỗ hai lúm đồng tiền phía trên mông. Vì khung chậu là một vòng được nối ở phía trước bởi khớp "
                    "mu, các vấn "
                    "đề của khớp cùng chậu đôi khi đi kèm với đau ở vùng háng. Tuy nhiên, đau háng còn có nhiều "
                    "nguyên nhân khác, "
                    "vì vậy hãy xem Bản đồ tìm vị trí đau của chúng tôi để đọc về các yếu tố khác nhau có thể liên "
                    "quan đến đau "
                    "ở từng vùng.</p>"
                    "<p>Chuyên gia về đau hông của quý vị sẽ có thể khám khớp cùng chậu để xác định xem chúng có khả "
                    "năng là "
                    "nguyên nhân gây đau hay không. Nếu quý vị bị đau liên quan đến khớp cùng chậu, quý vị có thể "
                    "cần:</p>"
                    "<ul><li>lời khuyên về cách điều chỉnh hoạt động hoặc tư thế – ví dụ cách bố trí nơi làm việc</li>"
                    "<li>một chương trình tập luyện để các cơ quanh khớp nâng đỡ khớp tốt nhất</li>"
                    "<li>lời khuyên về việc dùng nẹp hoặc băng dán trong thời gian ngắn – chỉ phù hợp để dùng ngắn "
                    "hạn và "
                    "thường chỉ khi đau nặng, vào giai đoạn cuối thai kỳ hoặc sau chấn thương</li>"
                    "<li>một mũi tiêm để giảm đau nặng trong thời gian ngắn, trong khi quý vị tập phục hồi chức "
                    "năng</li>"
                    "</ul>"
                ),
                "figures": {
                    "1.1": {
                        "caption": "Khớp cùng chậu và khớp hông, nhìn từ phía sau.",
                        "alt_text": (
                            "Hình vẽ khung chậu nhìn từ phía sau. Hai khớp cùng chậu được đánh dấu ở chỗ xương cùng "
                            "gặp hai "
                            "cánh xương chậu, khớp hông nằm ở phía dưới."
                        ),
                    },
                    "1.2": {
                        "caption": "Cận cảnh một khớp cùng chậu.",
                        "alt_text": (
                            "Hình vẽ cận cảnh một khớp cùng chậu giữa xương cùng và xương chậu. Bề mặt khớp gồ ghề, "
                            "lồi lõm "
                            "nên cài khớp vào nhau."
                        ),
                    },
                    "1.3": {
                        "caption": "Các dây chằng chắc khỏe ở mặt sau khung chậu.",
                        "alt_text": (
                            "Hình vẽ mặt sau khung chậu với các dây chằng chắc khỏe: dây chằng cùng chậu sau phủ trên "
                            "khớp "
                            "cùng chậu, và dây chằng cùng ụ ngồi, dây chằng cùng gai chạy xuống từ xương cùng."
                        ),
                    },
                    "1.4": {
                        "caption": "Các dây chằng ở mặt trước khung chậu.",
                        "alt_text": (
                            "Hình vẽ mặt trước khung chậu với dây chằng cùng chậu trước, và khớp mu nơi hai nửa khung "
                            "chậu "
                            "nối với nhau ở phía trước."
                        ),
                    },
                },
            },
            "soft-tissue": {
                "heading": "Đau liên quan đến mô mềm",
                "summary": "“mô mềm”, các cấu trúc không phải xương, như cơ",
                "body": (
                    "<p>Đau ở vùng phần trên mông có thể liên quan đến mô mềm. Mô mềm là những cấu trúc không phải "
                    "xương, có "
                    "nhiệm vụ kết nối, nâng đỡ hoặc bao quanh các cấu trúc khác, gồm cơ, gân (nối cơ với xương) và mạc "
                    "(Hình 2.1).</p>"
                    "<p>Mạc là một mô sợi mỏng, màu trắng và có tính đàn hồi. Tất cả các cơ của chúng ta đều được mạc "
                    "bao bọc, "
                    "giống như những chiếc tất co giãn giúp truyền năng lượng từ cơ và từ cử động. Mạc cũng tạo thành "
                    "những bao "
                    "hay đường hầm để mạch máu và dây thần kinh đi qua an toàn, đồng thời bao bọc và nâng đỡ mọi cơ "
                    "quan trong "
                    "cơ thể.</p>"
                    "<p>[[figure 2.1]]</p>"
                    "<p>Có nhiều cơ nâng đỡ và cử động hông và khung chậu. Ở vùng phần trên mông, nhiều cơ cùng lớp "
                    "bao sợi mỏng "
                    "quanh chúng (mạc) hội tụ lại, bám chắc vào xương chậu và xương cùng. Các cơ lưng, cơ bụng và cơ "
                    "mông này "
                    "đóng vai trò thiết yếu trong việc tạo ra và truyền các lực đi qua khung chậu, giữa lưng và hông. "
                    "Các cơ "
                    "còn được phủ bởi lớp mạc chắc khỏe nối liền từ hông (mạc mông) lên lưng (mạc ngực lưng). Lớp bao "
                    "chắc và "
                    "đàn hồi này giúp tích trữ và truyền năng lượng qua vùng này (Hình 2.1).</p>"
                    "<p>Phần trên của cơ mông lớn, và cơ mông nhỡ nằm bên dưới, chạy từ chỗ bám trên xương chậu và "
                    "xương cùng "
                    "vòng ra mặt bên của hông (vùng hông ngoài) (Hình 2.1). Cơ hình lê cũng nằm dưới cơ mông lớn ở "
                    "phần trên "
                    "mông, có liên kết chặt chẽ với xương và dây chằng của khớp cùng chậu (SIJ) ở mặt sau khung chậu "
                    "(Hình 2.2).</p>"
                    "<p>[[figure 2.2]]</p>"
                    "<h3>Đau liên quan đến mô mềm ở phần trên mông</h3>"
                    "<p>Đau ở phần trên mông có thể liên quan đến bất kỳ mô mềm nào tại chỗ – các cơ, chỗ bám của cơ "
                    "vào xương "
                    "và lớp bao sợi (mạc) bao quanh chúng.</p>"
                    "<p>Các vấn đề ở những mô mềm này có thể xuất hiện do:</p>"
                    "<ul><li>một chấn thương cấp tính, thường liên quan đến mang vác nặng, vặn người hoặc chấn thương "
                    "thể thao</li>"
                    "<li>yếu cơ mông hoặc cơ thân mình</li>"
                    "<li>dùng quá mức cơ mông hoặc cơ thân mình. Cơ to ra do phải làm việc quá sức cũng có thể làm "
                    "cơn đau nặng "
                    "thêm</li>"
                    "<li>quá tải nói chung – làm quá nhiều một công việc hoặc hoạt động nào đó; tăng mức hoạt động "
                    "quá nhanh mà "
                    "không có đủ thời gian hồi phục</li>"
                    "<li>thiếu tải nói chung – lối sống ít vận động, không đủ kích thích để giữ cho cơ khỏe mạnh. "
                    "Điều này cũng "
                    "có thể xảy ra sau một thời gian tương đối nghỉ ngơi, ví dụ sau khi đi xa hoặc sau khi bị ốm.</li>"
                    "</ul>"
                    "<p>Đau cơ ở mông thường được gọi là hội chứng cơ hình lê, nhưng thật ra đó là một bệnh lý thần "
                    "kinh.</p>"
                    "<p>Hip Pain Help đã xây dựng một khóa tự chăm sóc cho bệnh lý này. Để biết thêm thông tin, xin "
                    "bấm vào đây.</p>"
                ),
                "professional_can": (
                    "<ul><li>khám các cơ mông và cơ thân mình có thể góp phần gây đau ở vùng này</li>"
                    "<li>xác định xem quý vị có cần một chương trình tập tăng sức mạnh hay không, bài tập nào có khả "
                    "năng hiệu "
                    "quả nhất và bài tập nào nên tránh</li>"
                    "<li>đánh giá xem các cơ ở vùng này có hoạt động quá mức hoặc “gồng cứng” hay không, và hướng dẫn "
                    "cách khắc "
                    "phục</li>"
                    "<li>đưa ra lời khuyên quan trọng về thể thao và các hoạt động khác"
                    "<ul><li>lời khuyên về “bao nhiêu là quá nhiều”"
                    "<ul><li>để đủ thời gian hồi phục giữa các buổi tập</li>"
                    "<li>có thể cần tạm thời giảm mức độ hoạt động</li>"
                    "<li>tạm ngừng một số động tác hoặc thay đổi kỹ thuật gây áp lực lớn lên vùng phần trên mông</li>"
                    "</ul></li></ul></li></ul>"
                ),
                "figures": {
                    "2.1": {
                        "caption": "Các cơ và mạc của mông và lưng.",
                        "alt_text": (
                            "Hình vẽ mông và lưng dưới nhìn từ phía sau, cho thấy cơ mông lớn với cơ mông nhỡ ở bên "
                            "dưới. "
                            "Mạc mông phủ trên mông nối tiếp lên mạc ngực thắt lưng (mạc ngực lưng) ở lưng."
                        ),
                    },
                    "2.2": {
                        "caption": "Cơ hình lê.",
                        "alt_text": (
                            "Hình vẽ vùng mông sâu cho thấy cơ hình lê nằm dưới cơ mông lớn, chạy từ xương cùng đến "
                            "đầu trên "
                            "xương đùi."
                        ),
                    },
                },
            },
            "bone": {
                "heading": "Đau liên quan đến xương ở phần trên mông",
                "summary": "xương, như xương đùi hoặc các xương của khung chậu",
                "body": (
                    "<p>Tuy tương đối hiếm hơn so với các vấn đề về mô mềm hay khớp, những vấn đề về xương như gãy "
                    "xương, gãy "
                    "xương do mỏi hoặc, rất hiếm khi, nhiễm trùng hay khối u trong xương có thể gây đau hông và vùng "
                    "chậu.</p>"
                    "<p>Những vấn đề về xương có nhiều khả năng liên quan nhất đến đau ở vùng phần trên mông là gãy "
                    "xương cùng "
                    "hoặc gãy xương cùng do mỏi. Xương cùng là xương hình nêm nằm giữa hai cánh xương chậu (Hình "
                    "3).</p>"
                    "<p>[[figure 3]]</p>"
                    "<p>Gãy xương:</p>"
                    "<ul><li>là thuật ngữ y khoa chỉ xương bị gãy</li>"
                    "<li>thường xảy ra sau một chấn thương như ngã, tai nạn xe hơi hoặc chấn thương thể thao nặng. "
                    "Ngã mạnh ngửa "
                    "ra sau đập vào khung chậu có thể gây gãy xương cùng.</li>"
                    "<li>dễ xảy ra hơn ở xương đã yếu, ví dụ do loãng xương hoặc các bệnh di truyền như bệnh tạo "
                    "xương bất toàn.</li>"
                    "</ul>"
                    "<p>Gãy xương do mỏi:</p>"
                    "<ul><li>là thuật ngữ y khoa chỉ một vết nứt rất nhỏ trong xương</li>"
                    "<li>bắt đầu bằng tình trạng sưng khu trú ở vùng xương chịu áp lực lớn nhất (quý vị sẽ không thấy "
                    "ở ngoài da "
                    "vì nó nằm ngay trong xương) – tình trạng này có thể được gọi là phản ứng do áp lực ở xương</li>"
                    "</ul>"
                    "<p>Gãy xương do mỏi có thể chia thành hai loại chính:</p>"
                    "<ul><li>Gãy do mỏi: khi xương phải chịu sự tích tụ bất thường của nhiều chấn thương nhỏ lặp đi "
                    "lặp lại, ví "
                    "dụ chạy đường dài</li>"
                    "<li>Gãy do suy yếu: khi xương không đủ chắc để chịu được các lực bình thường hằng ngày</li>"
                    "</ul>"
                    "<p>Gãy xương cùng do mỏi thường gặp nhất ở người chạy đường dài hoặc vận động viên ba môn phối "
                    "hợp. So với "
                    "các chấn thương xương ở chân và bàn chân, loại này ít gặp hơn nhiều. Gãy xương cùng do suy yếu "
                    "thường gặp "
                    "nhất ở phụ nữ lớn tuổi bị loãng xương. Chẩn đoán gãy xương cùng do mỏi có thể bị bỏ sót hoặc "
                    "chậm trễ, vì "
                    "cơn đau đi kèm ở vùng phần trên mông thường bị cho là do khớp cùng chậu hoặc lưng dưới.</p>"
                ),
                "professional_can": (
                    "<ul><li>khám kỹ lưỡng và cho quý vị biết nếu nghi ngờ có vấn đề về xương. Khi đó, quý vị có thể "
                    "được khuyên "
                    "chụp chiếu thêm hoặc được chuyển đến bác sĩ chuyên khoa để được tư vấn thêm</li>"
                    "<li>tập phục hồi chức năng cho quý vị, hoặc giới thiệu quý vị đi tập, vào thời điểm thích hợp "
                    "sau chấn "
                    "thương xương</li>"
                    "<li>cung cấp thông tin quan trọng về cách điều chỉnh các hoạt động hằng ngày hoặc thể thao</li>"
                    "<li>giải quyết các vấn đề về cơ hoặc cơ sinh học có thể góp phần gây đau liên quan đến xương, ví "
                    "dụ kiểu "
                    "chạy có thể có ảnh hưởng</li></ul>"
                ),
                "figures": {
                    "3": {
                        "caption": "Xương cùng, nhìn từ phía sau.",
                        "alt_text": (
                            "Hình vẽ khung chậu nhìn từ phía sau với xương cùng được làm nổi bật: xương hình nêm nằm "
                            "giữa hai "
                            "cánh xương chậu."
                        ),
                    },
                },
            },
            "back": {
                "heading": "Đau hông liên quan đến lưng",
                "summary": "lưng dưới",
                "body": (
                    "<p>Đau ở vùng phần trên mông đôi khi chẳng liên quan gì đến một bệnh lý ở vùng này.</p>"
                    "<p>Các vấn đề ở lưng dưới thường đi kèm với cơn đau lan từ lưng xuống phần trên mông, hoặc cơn "
                    "đau chỉ xuất "
                    "hiện ở phần trên mông. Có hai cách chính để điều này xảy ra:</p>"
                    "<h3>Đau quy chiếu</h3>"
                    "<p>Đau quy chiếu là cơn đau cảm thấy ở một phần cơ thể khác với nơi thật sự gây ra nó. Ví dụ, "
                    "nếu đĩa đệm "
                    "hoặc khớp ở thắt lưng (lưng dưới) có vấn đề, các đầu dây thần kinh nhỏ chi phối những cấu trúc "
                    "này sẽ tạo "
                    "ra tín hiệu “nguy hiểm” truyền theo các sợi thần kinh nhỏ vào tủy sống.</p>"
                    "<p>Tuy nhiên, vùng tủy sống này cũng nhận thông tin từ các cấu trúc ở hông và khung chậu. Não "
                    "không phân "
                    "biệt được thông tin đến từ đâu (lưng, hông hay khung chậu), nên quý vị có thể cảm thấy đau ở một "
                    "trong các "
                    "vùng này hoặc ở nhiều vùng cùng lúc (Hình 4.1).</p>"
                    "<p>[[figure 4.1]]</p>"
                    "<p>Đau ở mông có thể là đau quy chiếu từ các khớp hoặc đĩa đệm của đoạn giữa và dưới cột sống "
                    "thắt lưng.</p>"
                    "<p>Đau quy chiếu:</p>"
                    "<ul><li>thường là cơn đau âm ỉ, nhức hoặc đau gặm nhấm</li>"
                    "<li>có thể lan ra một vùng rộng, khó xác định chính xác chỗ đau</li>"
                    "<li>không liên quan đến vấn đề của rễ thần kinh ở cột sống</li>"
                    "<li>không đi kèm các triệu chứng thần kinh khác như cảm giác kim châm hoặc tê</li>"
                    "</ul>"
                    "<h3>Đau rễ thần kinh</h3>"
                    "<p>Đau rễ thần kinh là cơn đau do rễ thần kinh bị kích thích khi đi ra khỏi cột sống. Thường gặp "
                    "nhất là do "
                    "viêm hoặc do đĩa đệm bên cạnh chèn ép. Các rễ thần kinh đi ra ở mỗi tầng cột sống chi phối cảm "
                    "giác cho "
                    "những vùng da khác nhau, gọi là khoanh da (Hình 4.3).</p>"
                    "<p>Khi một rễ thần kinh bị kích thích ở cột sống, cơn đau có thể được cảm thấy ở vùng da mà rễ "
                    "thần kinh đó "
                    "chi phối. Ví dụ, chèn ép các rễ thần kinh đi ra giữa các đốt sống thắt lưng dưới (L3-5), ở một "
                    "số người, có "
                    "thể gây cảm giác đau ngang phần trên mông (Hình 4.3).</p>"
                    "<p>[[figure 4.3]]</p>"
                    "<p>Đau rễ thần kinh:</p>"
                    "<ul><li>liên quan đến vấn đề của rễ thần kinh ở cột sống</li>"
                    "<li>thường kèm theo những cơn đau như dao đâm hoặc đau nhói lan dọc</li>"
                    "<li>thường dễ xác định vị trí hơn đau quy chiếu</li>"
                    "<li>cũng có thể đi kèm một cơn đau nhức âm ỉ, sâu, thêm vào hoặc làm nền</li>"
                    "<li>có thể kèm theo các triệu chứng thần kinh khác như kim châm, ngứa, nóng rát hoặc tê</li>"
                    "</ul>"
                    "<p>Nếu cơn đau ở hông của quý vị là do vấn đề ở lưng, quý vị có thể mất nhiều thời gian và tiền "
                    "bạc quý báu "
                    "để điều trị không cần thiết ở sai chỗ, và điều này có thể làm chậm một chẩn đoán quan trọng cũng "
                    "như sự hồi "
                    "phục của quý vị. Cũng cần biết rằng đau ở một số vùng, nhất là đau hông ngoài và đau mông, "
                    "thường bị cho là "
                    "đau do lưng trong khi cơn đau có thể hoàn toàn hoặc một phần do vấn đề của hông. Một lần nữa, "
                    "quý vị có thể "
                    "tốn thời gian và tiền bạc quý báu cho việc điều trị không cần thiết hoặc không đầy đủ.</p>"
                ),
                "professional_can": (
                    "<ul><li>khám đánh giá một cách chuyên môn</li>"
                    "<li>giúp tìm ra nguồn gốc thật sự của vấn đề và xem có phải nhiều vùng cùng góp phần gây ra vấn "
                    "đề hay không</li>"
                    "<li>xây dựng một kế hoạch toàn diện để giải quyết vấn đề – nếu cơn đau của quý vị là đau quy "
                    "chiếu từ thắt "
                    "lưng hoặc đau rễ thần kinh, quý vị có thể cần điều trị ở lưng chứ không phải ở hông, hoặc nếu có "
                    "hai vùng có "
                    "vấn đề thì cả hai đều cần được giải quyết trong một kế hoạch điều trị toàn diện</li>"
                    "<li>đề nghị làm thêm xét nghiệm hoặc giới thiệu quý vị đến một chuyên gia khác nếu vấn đề có vẻ "
                    "không nằm ở "
                    "hệ cơ xương khớp.</li></ul>"
                ),
                "figures": {
                    "4.1": {
                        "caption": "Đau quy chiếu: một vấn đề ở lưng có thể được cảm thấy ở mông như thế nào.",
                        "alt_text": (
                            "Sơ đồ các tín hiệu từ một đĩa đệm hoặc khớp ở lưng dưới và từ hông cùng đi đến một đoạn "
                            "tủy "
                            "sống. Vùng mông được tô đậm để cho thấy nơi có thể cảm thấy đau."
                        ),
                    },
                    "4.3": {
                        "caption": "Khoanh da: các vùng da do rễ thần kinh L3, L4 và L5 chi phối.",
                        "alt_text": (
                            "Hình nhìn từ phía sau của mông và hai chân, với các vùng da do rễ thần kinh L3, L4 và L5 "
                            "chi "
                            "phối được đánh dấu thành những dải chạy qua mông và xuống chân."
                        ),
                    },
                },
            },
            "nerve": {
                "heading": "Đau liên quan đến dây thần kinh ngoại biên",
                "summary": "các dây thần kinh chạy qua và quanh hông và khung chậu",
                "body": (
                    "<p>Hệ thần kinh (Hình 5.1) là một mạng lưới phức tạp gồm các dây thần kinh và tế bào truyền tin "
                    "giữa não, "
                    "tủy sống và cơ thể. Chính nhờ hệ thống này mà chúng ta cảm nhận, cử động và điều khiển các chức "
                    "năng của "
                    "cơ thể.</p>"
                    "<p>[[figure 5.1]]</p>"
                    "<p>Các rễ thần kinh rời tủy sống qua các lỗ liên đốt sống (những lỗ hay khoảng trống giữa các "
                    "đốt sống) và "
                    "nhập lại với nhau từ nhiều tầng cột sống để đi như những cấu trúc dạng dây, gọi là dây thần "
                    "kinh, đến nơi "
                    "chúng chi phối.</p>"
                    "<p>Chính những dây thần kinh đi bên ngoài tủy sống này được gọi là “dây thần kinh ngoại biên”.</p>"
                    "<p>Một số dây thần kinh ngoại biên chỉ đi một đoạn ngắn, số khác đi suốt từ lưng dưới xuống tận "
                    "bàn chân. "
                    "Trên đường đi, chúng chạy giữa và xuyên qua các cơ và các đường hầm sợi.</p>"
                    "<p>Trong khi đau rễ thần kinh phát sinh từ vấn đề ở chỗ rễ thần kinh đi ra khỏi cột sống, đau "
                    "liên quan đến "
                    "dây thần kinh có thể do một vấn đề dọc đường đi của một dây thần kinh ngoại biên, bên ngoài cột "
                    "sống. Đau "
                    "liên quan đến một dây thần kinh được gọi là “đau dây thần kinh”.</p>"
                    "<p>Đau dây thần kinh quanh hông và khung chậu có thể phát sinh theo nhiều cách, trong đó có việc "
                    "dây thần "
                    "kinh bị chèn ép hoặc kéo căng quá mức. Điều này có thể do một cơ chế đột ngột, cấp tính, ví dụ "
                    "ngã hoặc bị "
                    "va đập vào vùng đó gây chèn ép, hoặc chân bị vướng và bị giật mạnh gây kéo căng.</p>"
                    "<p>Hoặc cũng có thể khởi phát âm thầm, từ từ, liên quan đến những tư thế giữ lâu hoặc những cử "
                    "động lặp đi "
                    "lặp lại gây kích thích dây thần kinh tích tụ dần.</p>"
                    "<p>Dây thần kinh cũng chịu ảnh hưởng của tình trạng các mô mà chúng chạy xuyên qua hoặc chạy bên "
                    "cạnh. Ví "
                    "dụ, cơ bị căng nhiều hoặc bệnh lý gân lâu ngày có thể gây kích thích các dây thần kinh lân cận. "
                    "Triệu chứng "
                    "liên quan đến thần kinh thường được cảm nhận khác với cơn đau do vấn đề ở cơ và khớp.</p>"
                    "<p>Dây thần kinh ngoại biên bị kích thích có thể gây ra:</p>"
                    "<ul><li>triệu chứng ở vùng mà dây thần kinh ngoại biên đó chi phối (khác với kiểu phân bố theo "
                    "khoanh da "
                    "khi rễ thần kinh bị kích thích – đau rễ thần kinh)</li>"
                    "<li>đau nóng rát</li>"
                    "<li>những cơn đau nhói lạ, như điện giật</li>"
                    "<li>cảm giác kim châm hoặc tê</li>"
                    "<li>yếu cơ – chỉ với những dây thần kinh chi phối cơ, như dây thần kinh đùi</li>"
                    "</ul>"
                    "<h3>Các dây thần kinh của vùng phần trên và phần dưới mông:</h3>"
                    "<p>Các dây thần kinh đi qua hoặc chi phối vùng mông (Hình 5.2) gồm:</p>"
                    "<ul><li>dây thần kinh tọa</li>"
                    "<li>các dây thần kinh bì mông – trên, giữa và dưới</li>"
                    "<li>các dây thần kinh mông – đây là các dây thần kinh vận động chi phối cơ chứ không chi phối da"
                    "<ul><li>dây thần kinh mông trên – chi phối cơ mông nhỡ, cơ mông bé và cơ căng mạc đùi</li>"
                    "<li>dây thần kinh mông dưới – chi phối cơ mông lớn</li></ul></li>"
                    "<li>dây thần kinh bì đùi sau – chi phối cảm giác cho một vùng da rộng ở mặt sau đùi</li>"
                    "</ul>"
                    "<p>[[figure 5.2]]</p>"
                    "<h3>Đau liên quan đến dây thần kinh/đau dây thần kinh ở vùng mông</h3>"
                    "<h4>Dây thần kinh tọa và “đau thần kinh tọa”</h4>"
                    "<p>Thuật ngữ “đau thần kinh tọa” thường bị dùng sai để chỉ bất kỳ cơn đau nào ở vùng chạy từ "
                    "lưng xuống "
                    "chân.</p>"
                    "<p>Xem phần “"
                    '<a href="/en/pain/upper-buttock/back/">đau hông liên quan đến lưng</a>” của chúng tôi để '
                    "đọc thêm về đau rễ thần kinh do rễ thần kinh bị kích thích khi đi ra khỏi cột sống.</p>"
                    "<p>Dây thần kinh tọa không đi ra khỏi cột sống thành một dây duy nhất. Các rễ thần kinh từ những "
                    "tầng dưới "
                    "của cột sống thắt lưng (lưng dưới) và xương cùng nhập lại với nhau trong khung chậu.</p>"
                    "<p>Tại đây chúng tạo thành một cấu trúc dày như sợi dây thừng, gọi là “dây thần kinh tọa”. Dây "
                    "thần kinh "
                    "lớn này ra khỏi lòng khung chậu qua khuyết ngồi lớn, chạy qua mông và xuống mặt sau đùi (Hình "
                    "5.4).</p>"
                    "<p>[[figure 5.4]]</p>"
                    "<p>Dây thần kinh tọa đôi khi có thể bị chèn ép, kích thích hoặc bị kẹt khi chạy qua các mô mềm "
                    "của mông.</p>"
                    "<p>Theo truyền thống, đau thần kinh tọa (đau dây thần kinh) phát sinh từ các vấn đề trong mông "
                    "được gọi là "
                    "“hội chứng cơ hình lê” (xem Hình 5.4 để thấy cơ hình lê và dây thần kinh tọa).</p>"
                    "<p>Điều này dựa trên một phát hiện rằng ở khoảng 20% dân số, toàn bộ hoặc một phần dây thần kinh "
                    "tọa chạy "
                    "xuyên qua cơ hình lê. Người ta từng cho rằng dây thần kinh bị chèn ép trong cơ hình lê là nguyên "
                    "nhân của "
                    "mọi trường hợp đau mông và đau chân liên quan đến thần kinh mà không thể quy cho một vấn đề ở "
                    "lưng.</p>"
                    "<p>Ngày nay người ta cho rằng điều này chỉ đúng với một số tương đối ít trường hợp và bệnh lý "
                    "này đã bị "
                    "chẩn đoán quá mức. Đến nỗi có người cho rằng nó hoàn toàn không tồn tại.</p>"
                    "<p>Thuật ngữ “hội chứng mông sâu” gần đây được đề xuất để thay cho hội chứng cơ hình lê. Nó chỉ "
                    "bất kỳ tình "
                    "trạng kích thích nào của dây thần kinh tọa trong khoang mông sâu, bên dưới cơ mông lớn.</p>"
                    "<p>Trong khoang này, dây thần kinh tọa có thể bị chèn ép hoặc kích thích ở ngang mức cơ hình lê, "
                    "khi chạy "
                    "qua các cơ xoay ngoài sâu, hoặc bởi các dải xơ ở bất kỳ đâu trên đường đi qua mông.</p>"
                    "<p>Dây thần kinh cũng có thể bị kích thích khi rời khung chậu để đi xuống đùi. Ở đây nó chạy qua "
                    "một đường "
                    "hầm (đường hầm ụ ngồi), giữa mặt ngoài của xương ngồi (ụ ngồi) và đầu trên xương đùi (Hình "
                    "5.4).</p>"
                    "<p>Trong đường hầm này, nó có thể bị ép giữa các xương hoặc bị kích thích bởi các gân cơ gân "
                    "kheo không khỏe "
                    "mạnh (bệnh lý gân).</p>"
                    "<p>Hip Pain Help đã xây dựng một khóa tự chăm sóc để kiểm soát và phục hồi hội chứng mông sâu "
                    "(cơ hình lê). "
                    "Để biết thêm thông tin, xin bấm vào đây.</p>"
                    "<h4>Đau dây thần kinh bì mông</h4>"
                    "<p>Trong các dây thần kinh bì mông, dây trên và dây dưới dễ có nguy cơ bị chèn ép hơn. Dây thần "
                    "kinh bì mông "
                    "trên bị kích thích có thể gây đau phần trên mông. Các nhánh của dây thần kinh bì mông trên chạy "
                    "từ cột sống, "
                    "vượt qua phía trên mặt sau khung chậu và đi xuống mông.</p>"
                    "<p>Chúng thường chạy qua các đường hầm sợi khi vượt qua bờ trên của khung chậu. Đây là nơi các "
                    "dây thần kinh "
                    "nhỏ này có thể bị chèn ép hoặc kích thích. Tình trạng này thường gây đau ở một vùng khá khu trú "
                    "ở phần trên "
                    "mông, trong vùng da mà nó chi phối (Hình 5.3).</p>"
                    "<p>[[figure 5.3]]</p>"
                    "<h4>Đau dây thần kinh mông</h4>"
                    "<p>Các dây thần kinh mông không chi phối cảm giác cho da, nhưng đau dây thần kinh mông có thể "
                    "được cảm thấy "
                    "như một cơn đau sâu trong mông, đôi khi giống cảm giác chuột rút.</p>"
                    "<p>Các dây thần kinh này chi phối vận động quan trọng (khả năng làm cho cơ hoạt động/co lại) cho "
                    "các cơ mông "
                    "và cơ căng mạc đùi (TFL) ở mặt bên hông.</p>"
                    "<p>Tổn thương các dây thần kinh này có thể ảnh hưởng đến khả năng đứng một chân, đi không khập "
                    "khiễng, leo "
                    "cầu thang, và nâng chân sang ngang hoặc ra sau. Các dây thần kinh có thể bị kích thích hoặc chèn "
                    "ép khi đi ra "
                    "mặt sau khung chậu và chạy qua các mô mềm của mông.</p>"
                    "<p>Rất hiếm khi, các dây thần kinh này cũng có thể bị tổn thương do phẫu thuật, như thay toàn bộ "
                    "khớp háng "
                    "theo đường sau (vết mổ ở phía sau hông).</p>"
                    "<p>Với đau liên quan đến dây thần kinh/đau dây thần kinh ở khắp vùng hông, khung chậu, mông và "
                    "háng:</p>"
                ),
                "professional_can": (
                    "<ul><li>làm các nghiệm pháp chuyên biệt tại phòng khám để xem dây thần kinh có khả năng bị ảnh "
                    "hưởng hay không</li>"
                    "<li>điều trị và cho quý vị các bài tập có thể cải thiện tình trạng hoặc sự di động của dây thần "
                    "kinh</li>"
                    "<li>giúp cải thiện tình trạng của các cơ và gân bên cạnh dây thần kinh (đây có thể là nguồn gây "
                    "kích thích "
                    "dây thần kinh)</li>"
                    "<li>xem xét những tư thế quý vị thường giữ và những hoạt động quý vị làm hằng ngày, và hướng dẫn "
                    "cách làm "
                    "những việc này để bảo vệ dây thần kinh, nhờ đó giảm triệu chứng. Điều này có thể gồm thay đổi tư "
                    "thế ngồi "
                    "hoặc nằm, hoặc thay đổi các bài kéo giãn hay bài tập sức mạnh quý vị đang tập mà có thể đang góp "
                    "phần gây "
                    "kích thích dây thần kinh</li>"
                    "<li>hướng dẫn các bài tập trượt dây thần kinh hoặc bài tập di động có thể hữu ích trong một số "
                    "trường hợp</li>"
                    "<li>giới thiệu quý vị làm thêm xét nghiệm hoặc đến bác sĩ thần kinh, bác sĩ chuyên khoa chỉnh "
                    "hình hoặc "
                    "chuyên gia về đau khác nếu cần</li>"
                    "<li>Trong một số trường hợp, chuyên gia về đau hông có thể giới thiệu quý vị đến một chuyên viên "
                    "vật lý trị "
                    "liệu sàn chậu để được khám thêm nếu họ cho rằng các cơ sàn chậu có liên quan</li></ul>"
                ),
                "note": (
                    "*Xin lưu ý: Vùng chi phối của các dây thần kinh có thể chồng lấn nhau và khá khác nhau giữa mỗi "
                    "người. Các "
                    "hình vẽ trong phần này chỉ cho thấy gần đúng vùng chi phối thần kinh ở mỗi vùng."
                ),
                "figures": {
                    "5.1": {
                        "caption": "Hệ thần kinh.",
                        "alt_text": (
                            "Hình phác một cơ thể cho thấy não, tủy sống chạy dọc lưng, và các dây thần kinh ngoại "
                            "biên tỏa "
                            "ra từ tủy sống và chạy xuống hai chân."
                        ),
                    },
                    "5.2": {
                        "caption": "Các dây thần kinh của mông.",
                        "alt_text": (
                            "Hình vẽ mông nhìn từ phía sau cho thấy dây thần kinh tọa; các dây thần kinh bì mông "
                            "trên, giữa và "
                            "dưới; các dây thần kinh mông trên và mông dưới; và dây thần kinh bì đùi sau."
                        ),
                    },
                    "5.3": {
                        "caption": "Vùng da do các dây thần kinh bì mông trên chi phối.",
                        "alt_text": (
                            "Hình vẽ lưng dưới và mông nhìn từ phía sau. Các dây thần kinh bì mông trên vượt qua bờ "
                            "trên khung "
                            "chậu, và vùng da chúng chi phối ở phần trên mông được tô đậm."
                        ),
                    },
                    "5.4": {
                        "caption": "Dây thần kinh tọa và cơ hình lê.",
                        "alt_text": (
                            "Hình vẽ mông cho thấy dây thần kinh tọa rời khung chậu qua khuyết ngồi lớn và đi bên "
                            "dưới cơ hình "
                            "lê. Xuống thấp hơn, nó chạy qua đường hầm ụ ngồi, giữa xương ngồi và xương đùi."
                        ),
                    },
                },
            },
            "other": {
                "heading": "Các nguyên nhân khác gây đau hông, vùng chậu và háng",
                "summary": "các cơ quan vùng chậu hoặc mạch máu, hoặc các vấn đề sức khỏe khác giả dạng đau hông",
                "body": (
                    "<p>Có những quá trình bệnh lý khác có thể gây đau quanh hông và khung chậu.</p>"
                    "<p>Những quá trình này gồm:</p>"
                    "<ul><li>Bệnh toàn thân/bệnh thấp khớp: ví dụ viêm khớp dạng thấp, đau đa cơ, đau nhiều khớp</li>"
                    "<li>Quá trình nhiễm trùng: viêm khớp nhiễm khuẩn, viêm tủy xương, viêm khớp do virus</li>"
                    "<li>Quá trình tân sinh (ung thư)</li>"
                    "<li>Vấn đề mạch máu: hoại tử vô mạch, kẹt động mạch chậu ngoài, giãn tĩnh mạch vùng mông chèn ép "
                    "dây thần "
                    "kinh tọa</li>"
                    "</ul>"
                    "<p>Những bệnh lý này tương đối hiếm so với đau cơ xương khớp, nhưng khi mắc phải, quý vị cần gặp "
                    "bác sĩ và "
                    "thường là bác sĩ chuyên khoa về hệ cơ quan hay vấn đề đó, ví dụ bác sĩ chuyên khoa thấp khớp, "
                    "chuyên khoa "
                    "chỉnh hình, chuyên khoa ung bướu hoặc chuyên khoa mạch máu.</p>"
                    "<p>Đau bụng dưới và đau vùng chậu cũng có thể liên quan đến các vấn đề của cơ quan (buồng trứng, "
                    "tử cung, "
                    "ruột, bàng quang, tuyến tiền liệt).</p>"
                    "<p>Một trong những nguyên nhân thường gặp nhất gây đau liên quan đến cơ quan ở phụ nữ là lạc nội "
                    "mạc tử cung. "
                    "Bệnh xảy ra khi mô giống lớp niêm mạc tử cung mọc bên ngoài tử cung, bám vào các cấu trúc khác "
                    "như dây chằng "
                    "vùng chậu, bàng quang hoặc ruột. Điều này có thể gây những cơn đau dữ dội, có thể theo chu kỳ, "
                    "liên quan đến "
                    "chu kỳ kinh nguyệt.</p>"
                    "<p>Việc chẩn đoán và điều trị các vấn đề liên quan đến cơ quan thường cần sự hỗ trợ của bác sĩ "
                    "chuyên khoa, "
                    "ví dụ bác sĩ phụ khoa (cơ quan sinh sản nữ), bác sĩ tiết niệu (bàng quang và tuyến tiền liệt) "
                    "hoặc bác sĩ "
                    "tiêu hóa (ruột).</p>"
                    "<p>Việc được một chuyên gia về đau hông khám đánh giá một cách chuyên môn sẽ giúp làm rõ vấn đề "
                    "có cần được "
                    "chăm sóc y tế thêm hay không và liệu nó có khả năng liên quan đến một vấn đề cơ xương khớp hay "
                    "không.</p>"
                ),
                "professional_can": (
                    "<ul><li>khám đánh giá chi tiết</li>"
                    "<li>giúp xác định vấn đề có phải là cơ xương khớp hay không</li>"
                    "<li>xây dựng kế hoạch giúp đỡ nếu vấn đề là cơ xương khớp</li>"
                    "<li>đề nghị làm thêm xét nghiệm hoặc giới thiệu quý vị đến một chuyên gia khác nếu vấn đề có vẻ "
                    "không nằm ở "
                    "hệ cơ xương khớp</li></ul>"
                ),
            },
        },
    },
}

CONDITIONS = {
    "sacroiliac-joint-pain": {"name": "Đau khớp cùng chậu", "other_names": "đau SIJ, đau khớp SI, đau đai chậu"},
    "sacroiliitis": {"name": "Viêm khớp cùng chậu"},
    "buttock-soft-tissue-pain": {"name": "Đau mô mềm (cơ) ở mông", "other_names": "đau cơ mông"},
    "sacral-fracture": {"name": "Gãy xương cùng", "other_names": "vỡ xương cùng"},
    "sacral-stress-fracture": {
        "name": "Gãy xương cùng do mỏi",
        "other_names": "gãy xương cùng do mỏi, gãy xương cùng do suy yếu",
    },
    "referred-pain-lower-back": {"name": "Đau quy chiếu từ lưng dưới", "other_names": "đau quy chiếu thắt lưng"},
    "radicular-pain": {"name": "Đau rễ thần kinh", "other_names": "đau thần kinh tọa, chèn ép dây thần kinh"},
    "deep-gluteal-syndrome": {"name": "Hội chứng mông sâu", "other_names": "hội chứng cơ hình lê, đau thần kinh tọa"},
    "cluneal-nerve-neuralgia": {"name": "Đau dây thần kinh bì mông"},
    "gluteal-nerve-neuralgia": {"name": "Đau dây thần kinh mông"},
    "endometriosis": {"name": "Lạc nội mạc tử cung"},
}

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

# The articles and resources at the guide's foot: titles and summaries (their pages fall back to English).
ARTICLES = {
    "welcome-to-hiphelp": {
        "title": "Chào mừng quý vị đến với HipHelp",
        "summary": "HipHelp là nơi tìm hiểu mọi điều về đau hông. Xem trang web này có thể giúp gì cho quý vị.",
    },
    "how-will-a-health-professional-help-me": {
        "title": "Chuyên gia y tế sẽ giúp tôi như thế nào?",
        "summary": (
            "Tuần này chúng tôi nói về cách chuyên gia về đau hông có thể giúp quý vị, "
            "và điều quý vị có thể mong đợi khi đến khám."
        ),
    },
    "how-do-i-find-the-right-hip-pain-professional": {
        "title": "Làm sao để tìm đúng chuyên gia về đau hông?",
        "summary": "HipHelp là nơi dễ dùng để tìm chuyên gia về đau hông ở gần quý vị.",
    },
    "understanding-pain": {
        "title": "Hiểu về cơn đau",
        "summary": "Đau là cảm giác do não tạo ra. Hiểu cách nó hoạt động có thể làm cơn đau bớt đáng sợ.",
    },
}
RESOURCES = {
    "deep-gluteal-syndrome-course": {
        "title": "Khóa học tự chăm sóc: hội chứng mông sâu (cơ hình lê)",
        "summary": "Khóa học tự chăm sóc để kiểm soát và phục hồi hội chứng mông sâu (cơ hình lê).",
    },
    "buttock-and-trunk-muscle-pain-course": {
        "title": "Khóa học tự chăm sóc: đau cơ mông và cơ thân mình",
        "summary": "Khóa học tự chăm sóc cho cơn đau ở cơ mông, cơ thân mình và mạc cơ.",
    },
    "upper-buttock-pain-key-points": {
        "title": "Đau mông trên: những điểm chính",
        "summary": (
            "Một trang in miễn phí: các nguyên nhân thường gặp của đau mông trên và cách chuyên gia có thể giúp."
        ),
    },
}
