"""Chrome by shape (GUIDE §1): bylines, datelines, info-disclosure tables, widgets, site
banners and reprint terms of text scrapes go; the notice's lines stay, and what the
chrome said about the notice reaches page_meta."""
from __future__ import annotations

import pytest

from extract.meta import find_meta
from ingest import ingest_bytes
from ingest.chrome import page_fields, parse_fields, strip_chrome
from tests.conftest import canon

BODY = "一、全年新建5G基站1200个以上，完成固定资产投资30亿元。（牵头单位：县发展改革局）"
LEAD = "新华社杭州3月6日电（记者王明）6日上午，某省第十四届人民代表大会第二次会议开幕。"


@pytest.mark.parametrize(
    ("name", "lines", "dropped"),
    [
        ("dateline_with_source", ["某省今年生产总值预期增长5.5%左右", "2024年03月06日10:05 | 来源：新华网", LEAD],
         ["10:05", "来源"]),
        ("bare_timestamp", ["2023-06-01 09:12:45", BODY], ["09:12:45"]),
        ("dateline_unlabelled_source", ["关于开展安全生产大检查的通知", "2024-05-06 10:20 县应急管理局", BODY],
         ["10:20"]),
        ("glued_byline", ["关于分解下达年度重点工作任务的通知",
                          "发布时间:2023-11-02 10:15信息来源: 某县人民政府阅读次数:编辑:王芳 字体:【", BODY],
         ["信息来源", "王芳", "字体"]),
        ("empty_fields_at_end", [BODY, "某县人民政府办公室", "2023年5月20日", "来源:   作者:   编辑:李华"],
         ["作者", "李华"]),
        ("counters", ["热度：88", "浏览量：1024", BODY], ["热度", "浏览量"]),
        ("font_widgets", ["【字体:", "小字号", BODY], ["字体", "字号"]),
        ("accessibility_toolbar", ["无障碍浏览 长者模式", "关怀版", BODY], ["无障碍", "长者", "关怀"]),
        ("share_widget", ["点击右上角", "微信好友", "朋友圈", "", "请使用浏览器分享功能进行分享", LEAD],
         ["右上角", "微信", "朋友圈", "分享"]),
        ("breadcrumb_row", ["政务公开 > 政策文件 > 县政府文件", BODY], ["政策文件"]),
        ("nav_row_at_top", ["新闻中心 政务公开 办事服务 互动交流", BODY], ["办事服务"]),
        # Above the breadcrumb lies the site's header, spam keywords a copying site adds too.
        ("keywords_above_breadcrumb", ["钱柜登陆,钱柜入口", "", "当前位置:首页", "> 政务公开 > 政策文件", BODY],
         ["钱柜", "当前位置", "政策文件"]),
        # Right below the breadcrumb, a side box's labels; a table's header after the
        # page's byline stays (see test_a_table_header_below_the_byline_stays).
        ("tab_labels_below_breadcrumb", ["大资讯 > 中国时政 > 正文", "", "热闻", "", " • 图片", "",
                                         "福建两会昨日开幕省长做报告", BODY], ["热闻", "图片"]),
        ("gambling_advert_round_a_line", [LEAD, "欧亚国际公司开户『+ゞ威』——6344802——」社区是各族群众共同的家。欧亚国际网投"],
         ["欧亚国际"]),
        ("site_summary_and_glued_headline", ["津政办规[2023]4号 天津市人民政府办公厅关于印发若干政策措施的通知",
                                             "来源:税务之家 作者:税务之家 人气: 时间:2023-04-11",
                                             "摘要:引导银行业金融机构制定制造业领域专项信贷计划,提升制造业贷款规模。",
                                             "天津市人民政府办公厅关于印发若干政策措施的通知", BODY],
         ["津政办规[2023]4号", "摘要", "税务之家"]),
        ("image_placeholder", ["某省一季度利用外资大幅增长", "(相关资料图)", LEAD], ["资料图"]),
        # An info table's rows whose labels the lists lack (政策级别, 有效时间, 文章出自): a run of
        # label lines, or a line of several, above the notice; a headline after its tag stays.
        ("unknown_labels_in_a_run", ["某市数字经济发展三年行动计划", "发布时间:2022-08-12", "政策级别:市级",
                                     "发文部门:某市工业和信息化局", "政策主题:引导扶持", "有效时间:", "公开对象:", BODY],
         ["政策级别", "工业和信息化局", "引导扶持", "有效时间", "公开对象"]),
        ("unknown_labels_on_one_line", ["文章出自: 责任编辑: 作者:未知 访问量:30 发表时间:2020-05-21 11:06:30",
                                        "某市城区正式全面推进生活垃圾分类", LEAD], ["文章出自", "访问量"]),

        # An e-paper's index of the page's headlines, the article's own among them, above the
        # article: its captions and its headline printed again below stay.
        ("headline_index", ["第A22版:要闻 上一版3  4下一版", "本版标题导航", "某省人代会昨开幕", "委员倡加强农村经济",
                            "省长:落实任务促湾区建设", "今日日期:     版面导航", "", "某省人代会今日开幕", "",
                            "某省人代会昨开幕", LEAD], ["标题导航", "农村经济", "湾区建设", "今日日期"]),
        ("markdown_list_toolbar", ["- 设为首页", "- 加入收藏", "- 无障碍阅读", "- 长者版", BODY],
         ["首页", "收藏", "无障碍", "长者"]),
        ("print_button_in_brackets", [BODY, "【打印正文】"], ["打印"]),
        ("bookmark_toolbar", ["添加收藏 设为首页", BODY], ["收藏", "首页"]),
        ("site_and_address_byline", ["某区举行招商引资项目集中签约仪式",
                                     "中企报道 www.example.com.cn 时间:2024-03-18 17:26:11点击:", LEAD],
         ["example", "17:26", "点击"]),
        # A teaser box's labels between the last sentence and the footer.
        ("teaser_labels_above_footer", [BODY, "", "深度", "", "Depth更多", "", "圈点", "",
                                        "版权所有 © 2006-2023 某某报道"], ["深度", "Depth", "圈点", "版权"]),
        ("zhejiang_info_table_row", ["文件登记号: ZJDC00-2024-0003 有效性: 有效", BODY], ["ZJDC", "有效性"]),
        ("logo_and_return", ["logo", "返 回", BODY], ["logo", "返回"]),
        ("bare_url", ["https://www.example.gov.cn/art/2024/3/5/art_123.html", BODY], ["example"]),
        ("reprint_terms_sentence", [BODY, "凡本网注明“来源：某某日报”的作品，版权均属某某日报社所有，未经授权不得转载。"],
         ["版权", "转载"]),
        ("site_promo_paragraph", [BODY, "【政策资讯库】致力于为企业提供最新政策解读，打造便捷高效的申报服务平台。"],
         ["政策资讯库", "平台"]),
        ("file_name_heading", ["某县2023年工作要点.pdf", BODY], [".pdf"]),
        ("comment_box_and_below", [BODY, "网友评论(3)", "写得好", "相关推荐"], ["评论", "写得好", "相关推荐"]),
        ("site_name_with_its_longer_name", ["法搜网--中国法律信息搜索网", "关于开展安全生产大检查的通知", BODY],
         ["法搜网", "信息搜索网"]),
        ("site_name_doubled_and_banner", ["某某网", "某某网", "", "聚焦2024全省两会", "",
                                          "某省今年生产总值预期增长5.5%左右", "2024-03-06 10:00 来源：某某网", LEAD],
         ["某某网某某网", "聚焦"]),
        ("pipe_info_table", ["索 引 号: | 0012345/2023-00042 | 信息分类: | 通知 |",
                             "发布机构: | 某县政府 | 成文日期: | 2023-03-01 |", BODY],
         ["索引号", "0012345", "信息分类", "发布机构", "成文日期"]),
        ("cell_info_table_without_colons", ["索 引 号 | 0012345/2023-00042 | 公文种类 | 其他 | 发布机构 | 某县政府 |",
                                            "发布日期 | 2023-03-02 | 主题词 | 招商引资 |", BODY],
         ["公文种类", "主题词"]),
        ("bulleted_byline", ["某县一季度招商实现开门红", "  • 2023-04-12", "  • 来源:某县融媒体中心",
                             "  • 观看:1024 次", "  • 暂无简介", LEAD], ["2023-04-12", "融媒体", "1024", "暂无"]),
        ("spaced_info_table", ["索  引  号 0012345/2023-00042 公开方式 主动公开", "发布机构 某县发展和改革局 组配分类 计划",
                               "成文日期 2023-03-01 废止日期", "有效性", BODY], ["0012345", "主动公开", "组配分类", "有效性"]),
        ("spaced_info_table_with_a_retrieval_number", ["索 取 号 101102000-2023-001 发布机构",
                                                       "产生日期 2023-02-01 文  号 某政发〔2023〕1号", BODY],
         ["101102000", "产生日期", "文  号"]),
        ("site_name_after_the_title", ["某县人民政府关于2021年重点工作及责任分解的通知-某某网络平台", "字号:", BODY],
         ["某某网络平台", "-某某", "字号"]),
        ("site_name_and_timestamp", ["某某资讯馆 2023-03-20 10:33:06", BODY], ["资讯馆", "10:33"]),
        ("police_filing_footer_variant", [BODY, "湘公安网备43112302000107号"], ["公安网备"]),
        ("photo_captions_with_their_credit", [LEAD, "会议现场。 人民网记者 吴某某摄", BODY, "开幕会现场(记者李某某 摄)"],
         ["吴某某摄", "李某某 摄"]),
        ("spam_keyword_title_over_the_site_name_and_a_wrapped_double_arrow_trail",
         ["某某一区在线-久久精品热门-午夜福利高清无码-免费视频一区二区三区", "", "某市人民政府", "您当前的位置:",
          ">> 走进某市 >> 投资某市 >> 投资政策", "", "加快推进工业经济高质量发展若干政策", BODY],
         ["一区在线", "某市人民政府", "走进某市"]),
        ("column_tag_before_the_title", ["【民生实事】关于下达2024年某县民生实事项目任务的通知", BODY], ["【民生实事】"]),
        ("bulleted_record_with_a_fold_toggle", ["• 索引号:11N000/ZK-2023-000021", "  • 发文序号:某政办发〔2023〕1 号",
                                                "  • 信息有效性:有效", "  • 公开类型:主动公开", "", "展开", BODY],
         ["发文序号", "信息有效性", "公开类型", "展开"]),
        ("clock_banner_and_maintainer_footer", ["现在时间是:2024年04月18日", "某县项目开工仪式正式启动", LEAD,
                                                "某县人民政府信息公开办负责日常维护"], ["现在时间", "日常维护"]),
        ("cms_slot_placeholder_and_a_counter_without_its_number", ["首页 > 资讯 » 正文", "某县:招大引强打造工业经济新引擎",
                                                                   "   条点评", "后台-系统设置-扩展变量-手机广告位-内容正文顶部", LEAD],
         ["条点评", "系统设置"]),
        ("header_strip_with_a_weather_widget", ["时间: 某某在线·某某支站 天气预报 空气质量 某市环境空气质量指数AQI:28;空气质量等级:优。 设为首页 加入收藏 搜索",
                                                "改变文字大小:[  ] [打印] | [关闭]", "某市人大会议开幕式侧记", LEAD],
         ["天气预报", "AQI", "设为首页", "文字大小", "打印"]),
        ("site_links_with_language_switches_and_a_letter_spaced_menu",
         ["中国政府网 某省政府网 English Русская версия 市人大 市政协 市纪委监委", "首     页 政 务 公 开 网 上 办 事 互 动 交 流",
          "某市人民政府办公室关于印发2020年工作要点的通知", "上载日期: 2020-07-22 来源: 市人民政府办公室", BODY],
         ["English", "Русская", "政 务 公 开", "上载日期"]),
        ("accessibility_switches_and_ipv6_badge", ["| 无障碍 | 敬老版 | | 注册 网站支持IPv6", "某区重点工作完成情况", BODY],
         ["无障碍", "敬老版", "IPv6"]),
        ("address_name_stamp_and_print_button", ["某市人代会开幕", "http://www.example.com.cn  某某网   2013年02月22日 09:19   【 】 【打印",
                                                 LEAD], ["example", "09:19", "打印"]),
        ("reprint_terms_above_the_editor_and_licences", [BODY, "(刊用本网站稿件,务经书面授权。未经授权禁止转载、摘编、复制及建立镜像。)",
                                                         "[责任编辑: 某某 ]", "营业执照注册号:91650102766838851Y",
                                                         "互联网新闻信息服务许可证:65120170001"], ["刊用", "营业执照", "许可证"]),
        ("editor_channel_stamp_counter_and_tags", ["某市招商引资突破大 新签约投资助力经济复苏",
                                                   "网络编辑 财经 2022-06-17 06:19:21 0 某市 项目 亿元", LEAD],
         ["网络编辑", "06:19", "项目 亿元"]),
        ("trail_wrapped", ["当前位置:首页", "> 政务公开 > 规划计划 > 发展计划", BODY], ["规划计划"]),
        ("related_list_headings", [BODY, "推荐信息", "热点信息"], ["推荐信息", "热点信息"]),
        ("note_to_authors", [BODY, "特别提醒", "如果我们使用了您的图片，请作者与本站联系索取稿酬。"], ["特别提醒", "稿酬"]),
        ("byline_with_font_toggle", ["看家乡事,品故乡情", "", "蒙城一季度招商引资工作开门红", "亳州新报 2017-04-07 10:00 大字",
                                     LEAD], ["故乡情", "亳州新报", "大字"]),
        ("teasers_below_a_reversed_heading", [BODY, "新闻推荐", "千古绝响《广陵散》", "□魏斌嵇康踉跄着走下囚车，强烈的阳光刺得他睁不开眼。"],
         ["新闻推荐", "广陵散", "囚车"]),
        ("newspaper_page_guide", [LEAD, "导读", "DH02~DH03 会议动态", "DH04~DH05 报告解读", "A06 代表热议", BODY],
         ["导读", "DH02", "报告解读", "A06"]),
        ("boxed_labels_and_a_listed_value", ["| [ 索引號 ] | 11500221009303905W/2023-00029 | [ 發文字號 ] | 無 |",
                                            "| [ 主題分類 ] | 經濟運行;統計 | [ 體裁分類 ] | 統計分析 |", BODY],
         ["11500221009303905W", "经济运行", "统计分析"]),
        ("boxed_toolbar_with_a_colon", ["【打印】 【字体:", BODY], ["打印", "字体"]),
        ("breadcrumb_with_double_arrows", ["人民网", "人民网>>湖南频道>>本网专稿", "", "长沙市十六届人大四次会议开幕",
                                           "2024年01月11日17:20 | 来源:人民网-湖南频道", LEAD], ["湖南频道"]),
        ("photo_file_name_and_read_aloud", ["webwxgetmsgimg_副本.jpg", "扬州经济技术开发区举行重大项目集中签约仪式",
                                            "2022-01-30 08:34:00  来源:扬州网", "听新闻", LEAD], ["webwxgetmsgimg", "听新闻"]),
        ("support_credit_after_the_site_name", ["杭州网・千岛湖网 网络支持:杭州网络传媒有限公司", BODY], ["网络支持"]),
        ("document_site_tab", ["全文", BODY, "展开全文"], ["全文"]),
        ("title_printed_twice", ["区人民政府办公室关于印发主要目标任务责任分解方案的通知", "",
                                 "区人民政府办公室关于印发主要目标任务责任分解方案的通知", BODY], ["的通知区人民政府"]),
        ("headline_glued_to_its_document_number", ["某县人民政府关于印发 《某县2023年重点工作任务分解 方案》的通知", "",
                                                   "某政发〔2023〕2号某县人民政府关于印发某县2023年重点工作任务分解方案的通知", BODY],
         ["2号某县"]),
        # An e-paper's bars over the article, and below its last paragraph a toolbar row
        # after which everything is the site's (its page list, other articles' headlines).
        ("epaper_bars_and_trailer", ["往期阅读", "当前版: 06版 上一版  下一版", "上一篇    下一篇", "放大 缩小 默认", "",
                                     LEAD, BODY, "上一篇    下一篇", " ", "     标题导航", "   第01版:头版",
                                     "   第10版:井冈山", "“姐姐、姐夫,脱贫攻坚战胜利了!”", "我省“米袋子”质优量足"],
         ["往期", "当前版", "放大", "导航", "头版", "井冈山", "姐夫", "米袋子"]),
        # Above a breadcrumb among the page's first lines: an aggregator's column blurb and
        # teasers, even with sentences in them; its dotted byline and 正文 label below.
        ("aggregator_blurb_above_breadcrumb", ["专栏名称: 上海发布", "生活在这座城市,与TA共同成长。这里是市政府新闻办微信平台。",
                                               "目录", "上海发布  ·  明晨或创今冬气温新低,全天“透心凉”! ·  3 天前  ",
                                               "51好读  ›  专栏  ›  上海发布", "", "某市实事项目全面完成",
                                               "上海发布  · 公众号  · 上海  · 2016-12-29 20:02", "正文", BODY],
         ["专栏", "微信平台", "目录", "透心凉", "51好读", "公众号", "正文"]),
        ("dated_byline_with_an_empty_author", ["日期:2022年01月24日 \xa0\xa0作者:\xa0\xa0\xa0来源:某县融媒体中心\xa0\xa0点击:[]",
                                               BODY, "上一条:《政府工作报告》摘要(二)"], ["日期", "融媒体", "上一条"]),
        ("counter_with_empty_cells", ["来源:某县政府   2021-03-23 10:56", "浏览量:1 | | | |", BODY], ["浏览量"]),
        ("lead_box_label_and_its_summary", ["“困难比预想的多”,某市GDP增长3%", "[导读]", "“困难比预想的多”,某市GDP增长3%,",
                                            LEAD], ["[导读]", "增长3%,新华社"]),
        ("headline_copy_with_an_image_suffix", ["某省招商引资工作座谈会在某市召开", "2021-07-18 17:14:14来源:国际在线", LEAD,
                                                "某省招商引资工作座谈会在某市召开_fororder_图片1", BODY], ["fororder"]),
        ("like_widget_signs", ["- +1", "某市上半年落地项目总投资6791亿元", LEAD], ["+1"]),
        ("info_table_labels_of_counties", ["文件编号:  某政办发〔2023〕7号 发布机构:  某县政府办公室",
                                           "公开类别 | 主动公开 | 发布时间 | 2017-04-09 |", BODY], ["文件编号", "公开类别"]),
        ("breadcrumb_label_variant_and_fields_in_pipe_cells", ["您当前所在位置: 主页 > 政策法规 > 地方政策", "",
                                                                "某省建设行动方案", "",
                                                                "发布时间:2023-02-08 09:20|栏目: 地方政策 |浏览次数:", BODY],
         ["所在位置", "政策法规", "09:20", "栏目", "浏览次数"]),
        ("breadcrumb_label_with_shi", ["会员登录  新用户注册 退出", "您现在的位置是: 首页 > 专题材料 > 政府报告", "",
                                       "某县人民政府工作报告(全文)", BODY], ["位置是", "专题材料"]),
        # A trailer's label (关键词:) in the info list above the notice opens no trailer.
        ("keyword_label_in_the_info_list_above_the_notice", ["某市人民政府办公室关于做好重点工作任务落实的通知",
                                                             "  • 索引号:005253533/2021-00070", "  • 关键词:通知",
                                                             "  • 体裁:通知", "  • 文号:某政办〔2021〕6号", BODY],
         ["005253533", "关键词", "体裁"]),
        ("policy_database_record", ["某省人民政府关于印发重点任务分工方案的通知 (某府〔2021〕22号)", "时间: 2023-02-21",
                                    "核心提示:", "发布单位 |", "某省人民政府", "|", "发布文号 | 某府〔2021〕22号 |",
                                    "有效性状态 | 阶段性文件 | 废止日期 | 暂无 |", "主题分类 | 综合政务 | 其他 | |", BODY],
         ["核心提示", "发布文号", "阶段性文件", "综合政务"]),
        ("font_and_eye_care_switches", ["归档时间:2018-11-21", "某市实施意见", "来源:某市政府门户网 日期:2017-01-12 17:08 字号:【",
                                        "视力保护色:", "浏览量:", BODY, "字号变大", "字号变小"],
         ["归档时间", "保护色", "字号变大", "字号变小"]),
        # A mirror's injected tags; the share bar between a news dateline and the lead.
        ("injected_markup_and_share_bar_below_the_dateline",
         ['<strike id="gegfc"><dl id="gegfc"></dl></strike>', '<sub id="gegfc"></sub>', "某市:今年持续造林攻坚",
          "2020-01-03 17:11:40 來源: 新華網", "關注新華網", "微博", "Qzone", "評論", "圖集", LEAD],
         ["gegfc", "關注新華網", "Qzone", "圖集"]),
        # A site's header holding its slogan and a paragraph about its place, over the headline and byline.
        ("site_header_with_its_places_profile",
         ["欢迎访问", "中国长寿之乡,中国树莓之乡,中国金银花之乡", "  • 魅力某县",
          "某县地处某省东北部,南北长38.2公里,东西宽48.7公里,辖19个乡镇,609个行政村,总人口89.02万。", "",
          "1-4月某县项目建设进展情况", "", "时间:2016年05月18日 点击次数:32151", BODY],
         ["欢迎访问", "长寿之乡", "魅力某县", "南北长", "点击次数"]),
        ("channel_date_cells_and_a_call_for_contributions",
         ["某州招商引资金超额到位 这些项目明年开建", "| 招商动态 |2016-12-23",
          "“某某发布”欢迎您来稿,内容可以是文字、图片或视频,原创加分哦,投稿邮箱:someone@126.com。", LEAD],
         ["招商动态", "2016-12-23", "欢迎您来稿", "投稿邮箱"]),
        ("page_title_bar_with_the_sites_name", ["某省人民政府关于落实重点工作部门分工的意见-某省人民政府门户网站", "",
                                                "某省人民政府关于落实重点工作部门分工的意见", BODY, "导航菜单", "查看余下全文"],
         ["门户网站", "导航菜单", "余下全文"]),
        ("reading_time_note", ["某市经济触底企稳 已显现回升向好态势", "本篇文章1011字,读完约3分钟", LEAD], ["1011字", "3分钟"]),
        ("bare_index_number", ["113701130042070099-A/2021-4059841", "某区重点工作任务分工", BODY], ["4059841"]),
        ("link_bar_of_sites_with_pipes", ["中国政府网| 某省人民政府网| 某市人民政府网| 无障碍浏览| 关怀版", BODY], ["政府网", "无障碍"]),
        ("link_bar_one_item_a_line", ["中国政府网|", "某省人民政府网|", "无障碍浏览|", BODY], ["政府网", "无障碍"]),
        ("media_credit", ["视频制作:高阳", LEAD], ["高阳"]),
        ("short_lines_after_the_editors_credit", [LEAD, BODY, "【编辑:付子豪】", "下载某某新闻网APP客户端,随时随地看新闻!",
                                                  "layer", "快乐分享"], ["付子豪", "随时随地", "layer", "快乐分享"]),
        ("policy_feedback_form", [LEAD, BODY, "为进一步了解掌握社会公众对政策执行效果的反馈与评价,请您对该政策的制定及执行提出宝贵的意见或建议。",
                                  "  • 姓  名:", "  • 联系方式:", "  • *内  容:", "  • *验 证 码:"],
         ["反馈与评价", "姓  名", "联系方式", "验 证 码"]),
        ("channel_date_and_site_glued", ["2024年湖南GDP目标增长6%左右", "新闻资讯2024-01-24 14:26:44橙橘网", LEAD],
         ["新闻资讯", "14:26:44", "橙橘网"]),
        ("editor_stages_related_news_and_comment_link", [LEAD, BODY, "初审编辑:", "责任编辑:余梁", "本文相关新闻",
                                                         "网友评论[点击评论]"], ["初审编辑", "余梁", "相关新闻", "点击评论"]),
        ("info_table_rows_of_name_summary_address_files", ["信息名称: | 区政府关于印发2024年目标任务分解方案的通知 | ||",
                                                           "内容概览: | |||", "在线链接地址: | |||", "文件下载: | |||", BODY],
         ["信息名称", "内容概览", "在线链接", "文件下载"]),
        ("breadcrumb_wrapped_with_a_long_name", ["当前位置:首页", "> 政务公开 > 组织机构 > 市政府办公室(研究室、机关事务局) > 市政府重点工作",
                                                 "2021年市政府重点工作完成情况表", BODY], ["组织机构"]),
        ("disclaimer_under_its_heading", [LEAD, BODY, "大江网(中国江西网)版权与免责声明 |",
                                          "1、本网所载的文/图等稿件均出于为公众传播有益资讯信息之目的,并不意味着赞同其观点。"],
         ["免责声明", "本网所载"]),
        ("date_and_time_a_part_a_line", ["某市切换", "新闻", "同比增长25.7%!一季度某省引进产业项目1457个", "04/24", "15:45", LEAD],
         ["切换", "04/24", "15:45"]),
        ("report_address_editor_and_app_promo", [LEAD, BODY, "【全文链接】", "【编辑:付子豪】",
                                                 "下载某某新闻APP客户端,随时随地看新闻!", "[不良信息举报:service@example.com]"],
         ["全文链接", "付子豪", "客户端", "service@"]),
        # An info table's rows with their labels glued to the values, no colon or space between;
        # other portals' names for the number and the publishing body.
        ("glued_info_table_rows", ["发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号", "发布日期2020年01月23日有效性有效",
                                   "成文日期2020年01月17日", "发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室", BODY],
         ["发文机构", "武政办", "有效性", "成文日期", "嘉政办发", "发布机关"]),
        # Counters printed number first, an editor's picks heading the trailer, a reporter's
        # credit alone at the end.
        ("counters_number_first_and_editors_picks", [LEAD, BODY, "0浏览 评论0条", "编辑推荐", "某县扩大有效投资"],
         ["0浏览", "编辑推荐", "扩大有效投资"]),
        ("reporter_credit_alone_at_the_end", [LEAD, BODY, "雅安市融媒体中心记者 杨宇龙"], ["杨宇龙"]),
        # A document site's viewer: its page counter, the file's record and its download terms.
        ("document_site_record", ["1 / 5", "文档名称:", "格式:doc   大小:51KB   页数:5页",
                                  "下载后只包含 1 个 DOC 格式的文档,没有任何的图纸或源代码,查看文件列表",
                                  "如果您已付费下载过本站文档,您可以点这里二次下载", "上传人:762357237 2019/8/16 文件大小:51 KB",
                                  "下载得到文件列表", BODY], ["1 / 5", "文档名称", "页数", "下载后只包含", "付费下载", "上传人", "文件列表"]),
        ("links_to_sites_row", ["中国政府网 | 重庆市人民政府网 | 万州经济技术开发区网 | |", "政务公开", "政务服务", "互动交流",
                                "数据发布", BODY], ["中国政府网", "万州经济技术开发区网"]),
        ("disclosure_terms_row", ["公开属性: | 全部公开 | 公开期限: | 长期公开 |", BODY], ["公开属性", "长期公开"]),
        # A newspaper's issue line, and a byline whose counters are left empty.
        ("paper_issue_and_empty_byline_fields", ["二版:综合新闻总第1343期 >2014-04-29编印", "",
                                                  "我市一季度内资大项目呈现集聚效应",
                                                  "刊发日期:2014-04-29 阅读次数: 作者:lxxwzx  语音阅读:", LEAD],
         ["总第1343期", "编印", "刊发日期", "阅读次数", "语音阅读"]),
        # An e-paper's issue line naming its page by sheet letter, over a letter-spaced headline;
        # a portal's weather widget.
        ("paper_issue_of_a_lettered_page", ["第A3版:要闻总第393期 >2019-01-17编印", "", "一 图 读 懂 政 府 工 作 报 告",
                                            "刊发日期:2019-01-17 阅读次数: 作者:  语音阅读:", LEAD],
         ["第A3版", "编印", "刊发日期"]),
        # A forum's sign-up prompt around a repost (Discuz!).
        ("forum_sign_up_prompt", ["马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。",
                                  "您需要 登录 才可以下载或查看,没有账号?立即注册", "| 马上注册", BODY],
         ["结交更多好友", "没有账号", "马上注册"]),
        # A document site's file record a field a line, and a preview's cut.
        ("document_site_file_record", ["诸城市重大突发事件应急保障体系建设行动计划(2021-2022年).docx", "下载文档",
                                       "编号:928920", "33.20KB", "资源描述", BODY, "(未完,全文共2149字,当前显示489字)"],
         ["下载文档", "928920", "33.20KB", "资源描述", "当前显示489字"]),
        # A byline row of short cells after its date and time.
        ("byline_row_of_cells", ["2013年珠海市政府工作报告/全文", "", "2013年03月01日16:39 | 中国发展门户网 www.chinagate.cn | 给编辑写信",
                                 "政府工作报告", "各位代表:", BODY], ["16:39", "给编辑写信"]),
        # A picture's file name left where the picture stood, a watermark glued on.
        # A sample-essay site's number over each essay of a collection.
        ("essay_number", ["篇一:重点项目推进督查通报", LEAD], ["篇一"]),
        ("essay_collection", ["投资促进工作总结6篇", "网客范文小编今天就为您带来了投资促进工作总结6篇,相信一定会对你有所帮助。",
                              "投资促进工作总结篇1", LEAD, "由刀豆文库小编整理,希望给你工作、学习、生活带来方便", "猜你可能喜欢“镇招商引资实施方案”"],
         ["6篇", "小编", "篇1", "猜你"]),
        ("document_preview_cut", [LEAD, BODY, "已阅读5页,还剩9页未读, 继续免费阅读",
                                  "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领", "文档简介"],
         ["已阅读", "本文档由用户提供", "文档简介"]),
        # A content farm's disclaimer of what it reposts, and a page's own link and tags.
        ("repost_disclaimer_and_page_tags", [LEAD, BODY, "声明:本网转发此文章,旨在为读者提供更多信息资讯,所涉内容不构成投资、消费建议。"
                                             "文章事实如有疑问,请与有关方核实,文章观点非本网观点,仅供读者参考。",
                                             "本文链接:", "//www.0798ci.com/rule/37754.html", "本文关键词:武汉市, 武政办, 规范性文件"],
         ["本网转发", "37754", "本文关键词"]),
        # A portal's read-aloud button and its box for questions on the policy.
        ("policy_question_box", [LEAD, BODY, "人工智能朗读:", "文件下载", "政策咨询",
                                 "如果您对该政策文件有疑问,可以点击“我要问”在线咨询,或者拨打市长热线:0564-12345。"],
         ["人工智能朗读", "文件下载", "我要问"]),
        ("picture_file_name", [LEAD, "AB4A5696.jpgsNa安康新闻网", BODY], ["AB4A5696.jpg"]),
        ("weather_widget", ["长寿:未来五年坚持以区域协同带动全域开放", "", "重庆 87℃ 0", "", LEAD], ["87℃"]),
        # An e-paper's header above its toolbar: the headline stands under the toolbar.
        ("epaper_header_over_a_toolbar", ["您好!今天是", "设为主页收藏本页", "社交网站:", "当前报章2020年04月11日",
                                          "本报新闻", "字体: 放大 还原 缩小", "武汉百个重大项目集中开工", "", LEAD],
         ["今天是", "设为主页", "社交网站", "当前报章", "本报新闻", "字体"]),
        # A sample-essay site's page title, its words to the reader and its members-only tail.
        ("essay_site_promo", ["美章网 资料文库 县新增区发展方案范文", "", "县新增区发展方案范文", "",
                              "本站小编为你精心准备了县新增区发展方案参考范文,愿这些范文能点燃您思维的火花,激发您的写作灵感。欢迎深入阅读并收藏。",
                              "", "县新增区发展方案", BODY, "全文共3351字,仅供站内会员学习参考(会员可打开排版规范的全部文档)",
                              "新来的客人请【点此注册】加入会员", "刚注册会"],
         ["资料文库", "范文", "本站小编", "全文共", "点此注册", "刚注册会"]),
        ("byline_led_by_reporters", ["某市2023年GDP迈上3万亿元新台阶", "贾楠 景诗雁 发布时间:2024-01-23 09:33:00来源: 中国新闻网",
                                     LEAD], ["贾楠", "09:33"]),
    ],
)
def test_chrome_kinds_are_dropped(name, lines, dropped):
    text, removed = strip_chrome("\n".join(lines))
    assert canon(BODY) in canon(text) or canon(LEAD) in canon(text), name
    for snippet in dropped:
        assert canon(snippet) not in canon(text), f"{name}: {snippet!r} left in"
    assert removed, name


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("signature_block", [BODY, "某县人民政府办公室", "2024年3月5日"]),
        ("news_lead_with_credit", ["某省今年生产总值预期增长5.5%左右", LEAD, BODY]),
        ("attachment_file_line", [BODY, "附件：2024年重点任务分解表.pdf"]),
        ("copy_to_and_printed", [BODY, "抄送：县委各部门，县人大常委会办公室。", "某县人民政府办公室　　2024年3月5日印发"]),
        ("notice_table_with_pipes", ["序号 | 工作任务 | 牵头单位 |", "1 | 新建5G基站2600个以上 | 县工信局 |", BODY]),
        ("notice_table_one_cell_a_line", [BODY, "表1:2016年主要指标完成情况", "序号 |", "指 标 名 称 |", "属 性 |",
                                          "2016年预期目标 |", "备 注 |", "1 |", "常住人口规模 |", "约束性 |"]),
        ("title_and_addressees", ["关于做好防汛工作的通知", "各乡镇人民政府，县直各部门：", BODY]),
        ("figure_banner_line", ["7959.3亿元", LEAD]),
        ("meeting_time_field", ["一、会议安排。", "时间：2024年3月5日上午9时", "地点：县政府三楼会议室", BODY]),
        ("issuer_line_of_split_title", ["某县人民政府办公室", "关于印发招商引资工作方案的通知",
                                        "发布时间：2024-03-05 09:00", BODY]),
        ("headline_with_comma", ["今年全省生产总值增长5%左右,投资增长6%", LEAD]),
        ("reviewer_in_sentence", [BODY, "审核：各单位报送的材料由县统计局审核。"]),
        ("one_character_table_cells", ["企业规模", "大", "中", "小", BODY]),
        # A dash in a title that no site's name closes.
        ("title_with_a_span_of_years", ["某县人民政府关于印发某县2021-2025年产业发展规划的通知", BODY]),
        # A reporters' byline is kept (the guide drops a credit only at the end), and so is 拍摄.
        ("reporters_byline_and_a_filming_sentence", ["记者 某某某/文 某某/摄", BODY, "组织拍摄宣传片3部。"]),
        ("signature_ending_in_wang", [BODY, "国家电网", "2024年3月5日"]),
        # A notice asking firms to join an association ends on nothing of a members-only site.
        ("joining_an_association", [BODY, "引导重点企业加入会员单位,全年新增会员企业50家。", "某县人民政府办公室"]),
        # A report's last paragraph closing on its news hotline in brackets is no contact line.
        ("last_paragraph_with_a_hotline", [LEAD, "主要预期目标建议为地区生产总值增长8.5%,规模以上工业增加值增长9.5%,"
                                                 "城镇新增就业2.25万人,居民消费价格指数涨幅控制在3%以内。(新闻热线:028-26221630)"]),
        # A task table's last row closing on a supervision phone cell is a row, no contact line.
        ("table_row_with_a_phone_cell", [BODY, "16.推进义务教育课后服务 | 对全市34所义务教育学校实行课后服务全覆盖。 | 教育体育局 | "
                                         "参与率100%。 | 监督电话0535-8246336 |"]),
        # A notice's title over its plan's own title: no site's copy (no mark of the full text).
        ("notice_title_over_the_plans_title", ["某县人民政府关于印发某县招商引资实施方案的通知", "某县招商引资实施方案", BODY]),
        # A table's bare number or a cell border above the notice is no widget.
        ("bare_table_cells_at_top", ["序号", "目标任务", "6", BODY]),
    ],
)
def test_notice_lines_are_kept(name, lines):
    text, _ = strip_chrome("\n".join(line for line in lines if not line.startswith("发布时间")))
    assert canon(text) == canon("\n".join(line for line in lines if not line.startswith("发布时间"))), name
    if name == "issuer_line_of_split_title":
        text, _ = strip_chrome("\n".join(lines))
        assert "某县人民政府办公室" in text and "发布时间" not in text


def test_a_table_header_below_a_dateline_is_no_share_bar():
    text, _ = strip_chrome("\n".join(["某县重点工作任务完成情况", "2022-01-03 17:11:40 来源:某县政府", "序号", "工作任务",
                                      "牵头责任单位", "完成情况", "1", BODY]))
    assert text.splitlines()[1:6] == ["序号", "工作任务", "牵头责任单位", "完成情况", "1"]


def test_markdown_heading_marker_goes_and_the_heading_stays():
    text, _ = strip_chrome("# 某市人民政府关于印发招商引资工作方案的通知\n\n## 一、总体要求\n" + BODY)
    assert text.splitlines()[0] == "某市人民政府关于印发招商引资工作方案的通知"
    assert "#" not in text and "一、总体要求" in text


def test_table_border_after_a_sentence_goes():
    text, _ = strip_chrome(BODY + "\n开展积极有效的县域招商。 |")
    assert text.endswith("县域招商。")


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        ("索 引 号: | 0012345/2023-00042 | 信息分类: | |", [("索引号", "0012345/2023-00042"), ("信息分类", "")]),
        ("成文日期: | 发布日期: | 2020-04-09 08:44 | |", [("成文日期", ""), ("发布日期", "2020-04-09 08:44")]),
        ("发布日期:2024-04-02 15:35 点击量:10", [("发布日期", "2024-04-02 15:35"), ("点击量", "10")]),
        ("来源：各地报送情况，经汇总形成本表。", None),  # a sentence, not a field
        ("来源: 淄博新闻网2024-03-29 15:34:51", [("来源", "淄博新闻网")]),  # a source glued to its stamp
        ("1 | 新建5G基站 | 县工信局 |", None),  # a row of the notice's own table
        # a label with its colon after one without
        ("文      号 洪政办〔2025〕1号 信息分类: 综合政务", [("文号", "洪政办〔2025〕1号"), ("信息分类", "综合政务")]),
    ],
)
def test_parse_fields(line, pairs):
    assert parse_fields(line) == (tuple(pairs) if pairs is not None else None)


PORTAL_SCRAPE = """索 引 号: | 0012345/2023-00042 | 信息分类: | 规范性文件 |
发布机构: | 某县人民政府办公室 | 生成日期: | 2023-03-02 08:54:33 | |
文 号: | 某府办发〔2023〕5号 | 是否有效: | |
名 称: | 某县人民政府办公室关于印发2023年招商引资目标任务的通知 |
成文日期: | 2023-03-01 | 浏览量: | 312 |
各乡镇人民政府，县直各部门：
现将《2023年招商引资目标任务》印发给你们，请认真贯彻落实。
""" + BODY + """
附件：2023年招商引资目标任务分解表
某县人民政府办公室
2023年3月1日
抄送：县委办公室。
"""

NEWS_REPOST = """点击右上角
微信好友
朋友圈

请使用浏览器分享功能进行分享

某某网
某某网

聚焦2024全省两会

某省今年生产总值预期增长5.5%左右

2024年03月06日10:05 | 来源：某某网
小字号

""" + LEAD + """
今年全省地区生产总值预期增长5.5%左右，固定资产投资增长6%。（记者王明）
（责任编辑：赵六）
凡本网注明“来源：某某网”的所有作品，版权均属某某网所有，未经本网授权不得转载。
"""


def test_portal_text_scrape_whole_notice():
    notice = ingest_bytes(PORTAL_SCRAPE.encode("utf-8"), html=False)
    lines = notice.text.splitlines()
    # The table's title becomes the notice's title line; the rest of the table goes.
    assert lines[0] == "某县人民政府办公室关于印发2023年招商引资目标任务的通知"
    for keep in ("各乡镇人民政府，县直各部门：", BODY, "附件：2023年招商引资目标任务分解表", "某县人民政府办公室",
                 "2023年3月1日", "抄送：县委办公室。"):
        assert keep in lines, keep
    for drop in ("索", "0012345", "信息分类", "生成日期", "是否有效", "名 称", "浏览量", "|"):
        assert drop not in notice.text, drop
    meta = notice.page_meta
    assert meta["标题"] == "某县人民政府办公室关于印发2023年招商引资目标任务的通知"
    assert meta["发文字号"] == "某府办发〔2023〕5号"
    assert meta["成文日期"] == "2023-03-01"
    assert meta["发布机构"] == "某县人民政府办公室"
    assert "浏览量" not in meta and "是否有效" not in meta


def test_news_repost_whole_notice():
    notice = ingest_bytes(NEWS_REPOST.encode("utf-8"), html=False)
    lines = notice.text.splitlines()
    assert lines[0] == "某省今年生产总值预期增长5.5%左右"
    assert LEAD in lines
    assert "今年全省地区生产总值预期增长5.5%左右，固定资产投资增长6%。（记者王明）" in lines
    for drop in ("右上角", "微信", "朋友圈", "分享", "某某网\n", "聚焦", "10:05", "来源", "小字号", "责任编辑",
                 "版权", "转载"):
        assert drop not in notice.text, drop
    assert notice.page_meta["发布日期"] == "2024年3月6日"


def test_a_title_the_text_prints_is_not_added_again():
    scrape = "标 题: | 关于做好防汛工作的通知 |\n发布机构: | 某县水利局 |\n关于做好防汛工作的通知\n" + BODY
    notice = ingest_bytes(scrape.encode("utf-8"), html=False)
    assert notice.text.count("关于做好防汛工作的通知") == 1
    assert notice.page_meta["标题"] == "关于做好防汛工作的通知"


def test_bracketed_byline_value_loses_only_its_own_bracket():
    assert parse_fields("（责任编辑：赵六）") == (("责任编辑", "赵六"),)
    assert parse_fields("发布机构：某区政府(办公室)") == (("发布机构", "某区政府(办公室)"),)


def test_a_counter_the_lists_lack_ends_the_value_before_it():
    notice = ingest_bytes(("关于开展招商引资百日攻坚行动的通知\n发布日期：2022-02-25　　人气：1987\n" + BODY).encode("utf-8"),
                          html=False)
    assert notice.page_meta["发布日期"] == "2022-02-25"
    assert "人气" not in notice.text


def test_a_field_line_holds_no_clause():
    assert parse_fields("来源：市统计局　　说明：本表为初步统计，以年报为准") is None
    assert parse_fields("阅读次数：1,284") == (("阅读次数", "1,284"),)


def test_a_date_under_a_body_name_signs_the_notice_even_at_the_top() -> None:
    text, _ = strip_chrome("某县人民政府办公室\n2023年5月20日\n" + BODY)
    assert "2023年5月20日" in text


def test_a_bulleted_byline_dates_the_page() -> None:
    scrape = "某县一季度招商实现开门红\n • 2023-04-12\n • 来源:某县融媒体中心\n" + LEAD
    notice = ingest_bytes(scrape.encode("utf-8"), html=False)
    assert notice.page_meta.get("发布日期") == "2023年4月12日"
    assert notice.page_meta.get("来源") == "某县融媒体中心"


def test_a_date_banner_is_the_day_of_viewing_not_of_publishing() -> None:
    notice = ingest_bytes(("2024年10月16日 星期三\n" + LEAD).encode("utf-8"), html=False)
    assert "发布日期" not in notice.page_meta


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # A document site heads its preview with the uploaded file's name: the notice's title.
        ("大气污染防治2021年行动计划.pdf", "大气污染防治2021年行动计划"),
        ("某县2023年重点工作任务分解方案.DOCX", "某县2023年重点工作任务分解方案"),
        # A photo's file name names no notice.
        ("webwxgetmsgimg_副本大会现场.jpg", None),
    ],
)
def test_a_document_file_name_heading_is_the_page_title(heading: str, title: str | None) -> None:
    notice = ingest_bytes((heading + "\n" + BODY).encode("utf-8"), html=False)
    assert heading not in notice.text
    assert notice.page_meta.get("标题") == title


def test_a_table_header_below_the_byline_stays() -> None:
    scrape = "新闻中心 > 文件政策\n2023-01-17 00:00 来源: 某市人民政府\n序号\n工作任务\n牵头责任单位\n1\n" + BODY
    text, _ = strip_chrome(scrape)
    assert "序号\n工作任务\n牵头责任单位" in text


def test_the_notices_attachment_lines_above_a_footer_stay() -> None:
    text, _ = strip_chrome("\n".join([BODY, "某县人民政府办公室", "2023年5月20日", "附件:", "任务分解表",
                                       "版权所有 © 2006-2023 某某网"]))
    for kept in ("某县人民政府办公室", "2023年5月20日", "附件:", "任务分解表"):
        assert kept in text
    assert "版权" not in text


def test_a_bare_time_label_dates_a_news_byline() -> None:
    scrape = ("某区举行招商引资项目集中签约仪式\n中企报道 www.example.com.cn 时间:2024-03-18 17:26:11\n"
              "日前,某区招商引资项目集中签约活动举行,签约项目45个。")
    notice = ingest_bytes(scrape.encode(), html=False)
    assert find_meta(notice.text, page_meta=notice.page_meta).issued == "2024-03-18"


def test_a_wires_dateline_dates_a_copy_posted_later() -> None:
    # The repost's byline is a day later than the wire's own dateline, which names no year.
    scrape = ("国家发改委:全社会物流成本仍有较大下降空间\n发布时间:2024-11-29来源:某中学 作者:浏览量:2541\n"
              "中新社北京11月28日电 (尹倩芸)国家发改委副秘书长28日表示,2023年社会物流总费用与GDP的比率为14.4%。")
    notice = ingest_bytes(scrape.encode(), html=False)
    assert find_meta(notice.text, page_meta=notice.page_meta).issued == "2024-11-28"


def test_an_info_table_scraped_a_cell_a_line_is_chrome_and_evidence() -> None:
    scrape = "\n".join(["某区人民政府", "政府信息公开", "某区人民政府关于分解落实2023年区政府工作目标任务的通知",
                         "索引号", "011437144/2023-06550", "文件类型", "政府文件", "发文字号", "某政发〔2023〕5号",
                         "发布日期", "2023年02月13日 10:53:20", "效力状态", "有效", "", BODY])
    notice = ingest_bytes(scrape.encode(), html=False)
    assert notice.text.splitlines()[0] == "某区人民政府关于分解落实2023年区政府工作目标任务的通知"
    for gone in ("011437144", "政府文件", "效力状态", "10:53:20", "政府信息公开"):
        assert gone not in notice.text, gone
    assert notice.page_meta["发文字号"] == "某政发〔2023〕5号"
    assert BODY in notice.text


def test_a_content_farms_tag_leaves_the_headline() -> None:
    notice = ingest_bytes(("首页 >综合 > 正文\n世界热门:一季度全省实际利用内外资大幅增长\n"
                           "2023-05-05 08:54:17 来源:某某新闻网\n" + LEAD).encode(), html=False)
    assert notice.text.splitlines()[0] == "一季度全省实际利用内外资大幅增长"
    notice = ingest_bytes(("(本地)兰州一季度执行招商引资省外项目469个\n" + LEAD + "\n标题:(本地)兰州一季度执行招商引资省外项目469个\n"
                           "地址:https://www.example.com/a/1.html").encode(), html=False)
    assert notice.text.splitlines()[0] == "兰州一季度执行招商引资省外项目469个"
    assert notice.page_meta["标题"] == "兰州一季度执行招商引资省外项目469个"
    # A county's name before a colon is no tag (云霄:…).
    notice = ingest_bytes(("云霄:一季度招商引资实现开门红\n" + LEAD).encode(), html=False)
    assert notice.text.startswith("云霄:一季度")


def test_a_list_pages_teaser_of_the_title_and_the_texts_start_is_chrome() -> None:
    title = "成都市发展和改革委员会 成都市住房和城乡建设局 关于印发社区嵌入式服务设施建设工程实施方案的通知"
    text, _ = strip_chrome("\n".join([title, "", title + " 各区(市)县政府(管委会…", "", title, "", BODY]))
    assert "管委会…" not in text and title in text


def test_a_papers_name_and_date_under_the_headline_date_the_page_and_a_masthead_stays() -> None:
    notice = ingest_bytes("\n".join(["四川发布招商引资三年规划", "四川日报    2020年06月01日", BODY]).encode(), html=False)
    assert "四川日报" not in notice.text and notice.page_meta["发布日期"] == "2020年6月1日"
    text, _ = strip_chrome("\n".join(["寿县人民政府督查室           2022年8月19日", BODY]))
    assert "督查室" in text


def test_a_summary_box_of_the_title_and_the_texts_start_over_the_title_again_is_chrome() -> None:
    title = "(内蒙古)2019年正蓝旗人民政府工作报告(全文)"
    text, dropped = strip_chrome("\n".join([title, "公文搜 2021-07-27 17:24:44 政府报告",
                                             title + " 政 府 工 作 报 告 2019年3月21日在正蓝旗第十五届人民代表大会", title,
                                             "政 府 工 作 报 告", BODY]))
    assert "第十五届" not in text and title in text
    assert any(d.rule == "site_teaser" for d in dropped)


def test_a_toolbar_between_paragraphs_leaves_the_text_below_it() -> None:
    text, _ = strip_chrome("\n".join([LEAD, "【打印】【关闭】", BODY, "某县人民政府办公室", "2024年3月5日"]))
    assert canon(BODY) in canon(text) and "2024年3月5日" in text and "打印" not in text


def test_the_notices_attachments_below_a_toolbar_stay() -> None:
    text, _ = strip_chrome("\n".join([LEAD, BODY, "上一篇 下一篇", "附件:重点任务分解表", "序号 | 任务 |"]))
    assert "附件:重点任务分解表" in text


def test_a_bulleted_info_list_ends_at_the_headline_over_its_byline() -> None:
    scrape = "\n".join(["  • 信息索引号:", "", "11330922090963010M/2023-31395", "", "  • 发布机构:", "",
                         "某县人民政府办公室", "", "  • 成文日期:", "", "2023-02-22", "", "  • 有效性:", "",
                         "2023年政府工作报告重点工作责任分解", "", "发布时间:2023-02-22 09:12", "", "字体大小:", "",
                         "一、县长牵头重点工作", "", BODY])
    notice = ingest_bytes(scrape.encode(), html=False)
    assert notice.text.splitlines()[0] == "2023年政府工作报告重点工作责任分解"
    assert "一、县长牵头重点工作" in notice.text and "索引号" not in notice.text and "字体大小" not in notice.text
    assert notice.page_meta["成文日期"] == "2023-02-22"


def test_an_info_list_bulleted_a_cell_a_line_gives_its_values_without_the_bullets() -> None:
    scrape = "\n".join(["  • 体裁分类", "  • 其他公文", "  • 发布机构", "  • 某区政府办公室", "  • 成文日期", "  • 2023-05-05",
                         "  • 发文字号", "  • 督查专报第5号", "", "2023年重点工作一季度完成情况", BODY])
    notice = ingest_bytes(scrape.encode(), html=False)
    assert notice.page_meta["发布机构"] == "某区政府办公室" and notice.page_meta["成文日期"] == "2023-05-05"
    assert notice.text.splitlines()[0] == "2023年重点工作一季度完成情况"


def test_a_byline_on_the_headlines_line_goes_and_the_headline_stays() -> None:
    notice = ingest_bytes("\n".join(["洋县:招商引资绘就高质量发展新图景 来源:文化艺术网-文化艺术报 作者: 时间:2025-08-01",
                                      LEAD]).encode(), html=False)
    assert notice.text.splitlines()[0] == "洋县:招商引资绘就高质量发展新图景"
    assert notice.page_meta["时间"] == "2025-08-01"


def test_a_notices_file_named_by_its_number_gives_the_number_not_the_title() -> None:
    notice = ingest_bytes("\n".join(["繁昌区人民政府关于印发2021年", "", "区政府重点工作任务的通知", "",
                                      "繁政秘〔2021〕19号.doc", "繁政秘〔2021〕19号.pdf", BODY]).encode(), html=False)
    assert notice.page_meta.get("发文字号") == "繁政秘〔2021〕19号" and "标题" not in notice.page_meta


def test_the_notices_attachments_after_the_editors_credit_stay() -> None:
    text, _ = strip_chrome("\n".join([LEAD, BODY, "责任编辑:余梁", "附件:2024年重点任务清单"]))
    assert "附件:2024年重点任务清单" in text


def test_under_a_dated_byline_a_subtitle_stands_and_the_headline_above_stays() -> None:
    text, _ = strip_chrome("\n".join(["四川发布招商引资三年规划", "四川日报    2020年06月01日",
                                      "力争到2022年引进到位国内省外资金超3万亿元", LEAD]))
    assert text.startswith("四川发布招商引资三年规划") and "力争到2022年" in text and "四川日报" not in text


def test_a_digest_of_short_lines_keeps_its_headline_above_the_papers_issue_line() -> None:
    text, removed = strip_chrome("\n".join(["政府工作报告摘要与导读", "", "长江日报 2025年01月17日", "",
                                             "■ 2024年成绩单", "●预计全省地区生产总值增长6%左右", "●粮食总产达到557亿斤"]))
    assert text.startswith("政府工作报告摘要与导读") and "长江日报" not in text
    assert page_fields(removed)["发布日期"] == "2025年1月17日"


def test_a_headline_index_goes_and_the_article_block_under_it_stays():
    lines = ["本版标题导航", "某省人代会昨开幕", "委员倡加强农村经济", "省长:落实任务促湾区建设", "",
             "某省人代会今日开幕", "", "某省人代会昨开幕", LEAD]
    text, _ = strip_chrome("\n".join(lines))
    assert text.startswith("某省人代会今日开幕")  # the photo's caption and the headline stay
    assert canon("某省人代会昨开幕\n" + LEAD) in canon(text) and "农村经济" not in text


def test_a_source_line_giving_the_pages_address_dates_the_page() -> None:
    text, removed = strip_chrome("\n".join(["市招商局力促招商引资实现新突破", LEAD, "文章来源:http://news.example.cn/2016/0927/278246.shtml"]))
    assert "example" not in text
    assert page_fields(removed)["发布日期"] == "2016-09-27"
