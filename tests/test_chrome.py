"""Plain-text scrapes lose the site's furniture and keep every line of the notice."""
from __future__ import annotations

import tomllib

import pytest

from ingest import ingest_bytes, ingest_path
from ingest.chrome import strip_chrome
from normalize import normalize_notice
from tests.conftest import CASES, CORPUS, canon

NOTICES = tomllib.loads((CASES / "notices.toml").read_text(encoding="utf-8"))["notice"]
BODY = "（一）制定重点招商企业目录清单。一季度完成并开始组织对接。(牵头单位:市商务局)"


@pytest.mark.parametrize(
    ("name", "lines", "dropped"),
    [
        ("jsp_template_title", ["My JSP 'header.jsp' starting page", BODY], ["My JSP"]),
        # a PDF's page numbers between dashes, a photographer's credit
        ("pdf_page_numbers", [BODY, "— — — 2 —", BODY, "- 3 -", BODY], ["— 2 —", "3 -"]),
        ("photo_credit", ["记者 王明 摄", BODY], ["王明"]),
        # a disclaimer with its phones, the page's count of views and its toolbar below the last sentence
        ("trailer_disclaimer_and_count", [BODY, "声明:本媒体部分图片、文章来源于网络,版权归原作者所有,如有侵权,请联系删除:"
                                          "025-84707368,广告合作:025-84708755。", "1074", "收藏", "分享"],
         ["声明", "1074", "收藏"]),
        ("template_region_label", ["头部", BODY, "底部"], ["头部", "底部"]),
        ("date_banner", ["2018年8月21日 星期二", BODY], ["星期二"]),
        ("channel_over_info_table", ["政府信息公开", "索  引 号: 11220802013594178H/2021-00089",
                                     "分  类: 五年发展规划;国民经济和社会发展规划 ; 通知", "发文机关: 白城市洮北区人民政府", BODY],
         ["政府信息公开", "11220802013594178H", "国民经济和社会发展规划"]),
        ("site_logo_with_address", ["昆明市信访局 xfj.km.gov.cn", BODY], ["xfj.km.gov.cn"]),
        ("gambling_banner_and_lost_glyph", ["365体育手机投注,365体育APP", "?", "请输入关键字", "确定", BODY],
         ["365体育", "确定"]),
        ("site_welcome", ["您好!欢迎您进入山西工程咨询协会官方!", BODY], ["欢迎您进入"]),
        ("document_site_terms_and_page_counter",
         ["合集下载", "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
          "  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。", BODY, "第1页/共8 页"],
         ["合集下载", "甄别", "客服", "第1页"]),
        ("document_site_file_row_and_preview_notice",
         ["文库 实用文档 报告/总结", "武汉市2020年政府工作报告",
          "工作报告 报告 政府工作报告 DOCX   27页   下载0   2024-01-06   浏览84   收藏0   点赞0   评分-   免费文档",
          "温馨提示:当前文档最多只能预览 2 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。", BODY],
         ["实用文档", "DOCX", "预览"]),
        ("epaper_page_and_source_date", ["版次:01 来源: 2025年01月22日", BODY], ["版次"]),
        ("welcome_and_date_banner", ["欢迎登录赣金网     今天是:2025年07月07日 星期一", BODY], ["赣金网", "星期一"]),
        ("search_widget", ["智能检索", BODY], ["智能检索"]),
        ("search_box_buttons", ["精确检索", "开始检索", BODY], ["精确检索", "开始检索"]),
        ("more_link_and_viewer_buttons", [BODY, "点击查看更多>>", "  • 举报", "返回 下载 相关 举报"],
         ["查看更多", "举报"]),
        ("breadcrumb", ["您现在的位置: 首页信息公开详细页面", BODY], ["您现在的位置"]),
        ("breadcrumb_arrow", ["当前位置:首页 > 产业信息 > 正文内容", BODY], ["当前位置"]),
        ("byline_with_publisher", ["发布时间：2023-02-24　　来源：办公室　　发布者：gxjadmin　　浏览次数：617", BODY], ["gxjadmin"]),
        ("credit_then_editors", [BODY, "（记者 韦晓晨 通讯员 宋立 实习生 汪雨桐）", "编辑：钱敏　　审核：黄家和", "分享到：微信"],
         ["韦晓晨", "钱敏"]),
        ("news_site_and_lone_reporter_credit", ["清河新闻网", BODY, "（记者 钟慧敏 通讯员 吕志强）", "责任编辑：苏小蔓"],
         ["清河新闻网", "钟慧敏"]),
        ("site_name_and_nav_bar", ["兰山县人民政府门户网站", "首页　政务公开　政务服务　互动交流　走进兰山", BODY], ["门户网站", "政务服务"]),
        ("breadcrumb_trail_unlabelled", ["首页 > 政务公开 > 通知公告", BODY], ["政务公开"]),
        ("font_size_bracketed", ["字体：【大】【中】【小】", BODY], ["字体"]),
        ("print_close", [BODY, "【打印本页】 【关闭窗口】"], ["打印本页"]),
        ("toolbar_font_print_close", ["【字体：大 中 小】【打印】【关闭】", BODY], ["字体", "打印"]),
        ("prev_next_and_below", [BODY, "上一篇：关于做好春耕工作的通知", "网站地图 | 联系我们"], ["上一篇", "网站地图"]),
        ("copyright_english", [BODY, "Copyright © 2020 某某市人民政府 All Rights Reserved"], ["Copyright"]),
        ("editor_credit", [BODY, "责任编辑：张三"], ["责任编辑"]),
        ("byline_admin", ["admin10个月前 (09-28)沧州产业信息12", BODY], ["admin"]),
        ("byline_fields", ["发布时间：2019-01-21  来源：市政府办公室  浏览次数：312", BODY], ["发布时间"]),
        ("byline_fields_table_row", ["发布日期：2022-03-08 | 资料来源：禾溪区人民政府网站 | 点阅次数：1,284", BODY], ["点阅次数"]),
        ("byline_fields_any_order", ["来源：县政府督查室　　编辑：admin　　发布时间：2024-07-12 09:18　　阅读次数：1632", BODY], ["admin"]),
        ("share_and_related", [BODY, "分享给朋友:", "相关文章", "某县召开招商会", "签约项目6个"],
         ["分享给朋友", "相关文章", "某县召开招商会", "签约项目6个"]),
        ("keyword_tags_traditional_with_aids", [BODY, "關(guān)鍵詞:", "發(fā)力招商引資"], ["鍵詞", "發(fā)力"]),
        ("footer", [BODY, "主办单位:襄阳市招商局总编辑:杨瑛 责任编辑:李杨婷 地址:襄阳市高新区七里河路2号"], ["主办单位"]),
        ("copyright", [BODY, "版权声明:本文由网络蜘蛛自动收集于网络,如需转载请注明出处"], ["版权声明"]),
        ("ad_block_before_trailer", [BODY, "葛毅明微信号", "厂房土地租售:400 0123 021", "或微信/手机:13391219793",
                                     "版权声明:本文由网络收集"], ["微信号", "400 0123 021", "13391219793"]),
        ("news_site_trailer", [BODY, "本文为湖南频道原创文章,转载请附上原文出处链接和本声明。",
                               "本文链接:https://hn.rednet.cn/content/2020/05/15/7238184.html", "阅读下一篇",
                               "返回红网首页 返回湖南频道首页"], ["转载请附上", "本文链接", "阅读下一篇", "返回红网首页"]),
        ("repost_disclaimer", [BODY, "凡注明来源重庆日报的作品,版权均属重庆日报所有,未经授权不得转载。",
                               "除来源署名为重庆日报稿件外,其他所转载内容本站不作任何保证或承诺,请读者仅作参考并自行核实"],
         ["版权均属", "自行核实"]),
        ("address_block_over_footer", [BODY, "地址:北京市通州区运河东大街55号院", "电话:010-55590088", "邮编:101160",
                                       "微信公众号", "北京发改政务掌上办", "主办:北京市发展和改革委员会"],
         ["运河东大街", "010-55590088", "101160", "掌上办"]),
        ("site_title_copy_above_byline", ["当前位置:首页", "关于印发实施方案的通知", "admin3天前 新闻12",
                                          "关于印发实施方案的通知", BODY], ["admin3天前"]),
        # An e-paper's banner naming its page by sheet letter, its arrow icons left as digits,
        # the site's code name, and the paper's name under the closing toolbar.
        ("epaper_sheet_banner_and_arrow_digits", ["第A1版:今日要闻 4下一版", "标题导航", "dlrb", "2014年07月30日 星期三",
                                                  "3 上一篇  下一篇 4 放大 缩小 默认", BODY,
                                                  "3 上一篇  下一篇 4 放大 缩小 默认", "宁波日报"],
         ["今日要闻", "标题导航", "dlrb", "放大", "宁波日报"]),
        ("epaper_banner_with_an_empty_section", ["第A01版:", BODY], ["A01"]),
        ("tab_and_an_empty_box", ["某县就业帮扶车间专项行动实施方案", "详细信息", "公开具体内容 | ||||||||", BODY],
         ["详细信息", "公开具体内容"]),
        ("reading_fields_and_error_button", ["解读单位: 后湖管理区 来源: 后湖管理区 发布日期: 2025年03月03日 15:35 解读类型: 部门解读",
                                             BODY, "我要纠错 关闭窗口", "相关文件", "某县关于印发某方案的通知"],
         ["解读单位", "部门解读", "我要纠错", "相关文件", "某县关于"]),
        ("repost_label_before_the_original_headline", ["原标题:1至9月全省签约招商引资项目3989个(主题)", BODY], ["原标题"]),
        ("comment_box_and_short_editor_label", [BODY, "责编:刘忠博", "留言要注意语言文明,此间评论仅代表个人看法 查看留言"],
         ["责编", "留言"]),
        ("epaper_weekday_line_and_hidden_record", ["星期三", "2022年07月06日", "第A07版:", BODY,
                                                   "2022-07-06 吴永生 1 1 淮北日报 content_115324.html 1 3 我市拉高标杆 /enpproperty-->"],
         ["星期三", "content_115324", "enpproperty"]),
        ("paywall_note", [BODY, "……(新文秘网http://www.wm114.cn省略912字,正式会员可完整阅读)…… ", BODY], ["省略912字"]),
        ("law_database_boxed_labels", ["文章属性", "∙【制定机关】武汉市人民政府办公厅", "∙【公布日期】2020.01.17", "∙【字 号】武政办〔2020〕1号",
                                       "∙【效力等级】地方规范性文件", "∙【时效性】现行有效", "正文", BODY],
         ["文章属性", "制定机关", "公布日期", "效力等级", "现行有效", "正文"]),
        ("correspondents_before_the_reporter", [BODY, "(王玉君 张学刚 吕留洋 记者 李及肃)"], ["李及肃"]),
        ("document_site_share_line", ["《2021年重大民生实事项目目标任务责任分解表.docx》由会员分享,可在线阅读,更多相关"
                                      "《2021年重大民生实事项目目标任务责任分解表.docx(4页珍藏版)》请在第壹文秘上搜索。", BODY],
         ["由会员分享", "珍藏版"]),
    ],
)
def test_furniture_lines_are_dropped(name, lines, dropped):
    text, removed = strip_chrome("\n".join(lines))
    assert BODY in text
    for snippet in dropped:
        assert snippet not in text, f"{name}: {snippet!r} left in"
    assert removed, name
    if name == "site_title_copy_above_byline":
        assert text.count("关于印发实施方案的通知") == 1


def test_a_portals_record_fields_go_and_give_the_notices_date_and_number():
    from ingest import ingest_bytes
    page = ["- 公文生成日期:2025-01-24", "- 标题:石狮市人民政府办公室关于2025年重点工作责任分解的通知",
            "- 备注/文号:狮政办〔2025〕1号", "- 发布日期:2025-01-26", BODY]
    notice = ingest_bytes("\n".join(page).encode("utf-8"), source="case.txt")
    assert "公文生成日期" not in notice.text and "备注" not in notice.text
    assert notice.page_meta.get("发文字号") == "狮政办〔2025〕1号" and notice.page_meta.get("成文日期") == "2025-01-24"


def test_a_notices_duty_lines_are_no_page_fields():
    lines = ["1.建设水池山休闲健身公园。", "责任部门:城建局、农海局 配合部门:各街道", "2.建立创业孵化基地。", "责任部门:人社局 配合部门:各街道"]
    text, _ = strip_chrome("\n".join(lines))
    assert "责任部门:城建局、农海局 配合部门:各街道" in text and "责任部门:人社局" in text


def test_a_work_reports_letter_spaced_title_and_delivery_date_are_kept():
    lines = ["政 府 工 作 报 告", "2022年1月19日", "在遂宁市安居区第五届人民代表大会第二次会议上", "遂宁市安居区人民政府区长 杨文彬", "各位代表:", BODY]
    text, _ = strip_chrome("\n".join(lines))
    assert "政 府 工 作 报 告" in text and "2022年1月19日" in text


def test_a_border_after_a_finished_sentence_goes_but_a_row_of_cells_keeps_its_own():
    assert strip_chrome("\n".join([BODY, "全面推进县域招商。 |", BODY]))[0].count("|") == 0
    row = "2 | 新建成婴幼儿照护服务成长驿站7家。 | 卫生健康局 | 财政局、妇联,各镇(街道) |"
    assert strip_chrome("\n".join([BODY, row, BODY]))[0].count("|") == 4


def test_an_epapers_issue_date_dates_the_article_but_a_portals_date_banner_does_not():
    from ingest import ingest_bytes
    epaper = ["第A1版:今日要闻 4下一版", "2014年07月30日 星期三", BODY]
    portal = ["2014年07月30日 星期三", BODY]
    assert ingest_bytes("\n".join(epaper).encode("utf-8"), source="e.txt").page_meta.get("发布日期") == "2014年7月30日"
    assert "发布日期" not in ingest_bytes("\n".join(portal).encode("utf-8"), source="p.txt").page_meta


def test_a_crawlers_date_stamp_opening_the_page_goes_and_dates_it():
    page = " date 2026-01-25 中评社香港1月25日电／北京市第十六届人大第四次会议早上开幕。\n市长发表政府工作报告。"
    notice = ingest_bytes(page.encode("utf-8"), source="s.txt")
    assert notice.text.startswith("中评社香港1月25日电") and notice.page_meta.get("发布日期") == "2026年1月25日"
    player = ingest_bytes("date 2026-02-04 听新闻\n0:00 / 0:00\n上海人大登场\n上海市长3日上午作政府工作报告。".encode(),
                          source="p.txt")
    assert player.text.startswith("上海人大登场")
    # A date opening the notice's own words is no stamp.
    assert ingest_bytes("2026-01-25 市政府召开常务会议。".encode(), source="q.txt").text.startswith("2026-01-25")


def test_a_sites_glued_summary_over_the_notice_goes():
    # A content site's page heading, posting time, counter and a summary line that glues the
    # title, number, addressees and the first words (cut), over the notice's own title.
    title = "吉林省人民政府关于国务院近期支持东北振兴若干重大政策举措的落实意见"
    page = [title, "2025-06-08 15:00", "271人看过",
            title + "(吉政发〔2014〕37号)各市(州)人民政府,长白山管委会,省政府各厅委办、各直属机构:为深",
            title, "(吉政发〔2014〕37号)", "各市(州)人民政府,长白山管委会,省政府各厅委办、各直属机构:", BODY]
    text, _ = strip_chrome("\n".join(page))
    assert text.count(title) == 1 and "271人" not in text and "为深" not in text
    assert text.splitlines()[0] == title


def test_a_title_printed_whole_over_its_wrapped_copy_is_no_summary():
    page = ["桐梓县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告",
            "桐梓县2023年国民经济和社会发展计划", "执行情况与2024年国民经济和", "社会发展计划草案的报告", BODY]
    text, _ = strip_chrome("\n".join(page))
    assert text.splitlines()[0] == page[0]


def test_a_paragraph_opening_with_a_plans_title_stays():
    # The covering notice's sentence opens with the plan's name, which is printed again below.
    page = ["各县(市、区)人民政府:", "2018年沧州市强化精准招商工作实施方案》已经市政府研究通过,现予以印发,请认真抓好贯彻落实。",
            "沧州市人民政府办公室", "2018年5月14日", "2018年沧州市强化精准招商工作实施方案", BODY]
    text, _ = strip_chrome("\n".join(page))
    assert "已经市政府研究通过" in text


def test_a_document_sites_blurb_glued_after_the_title_goes_and_the_title_stays():
    page = ["[2022年某某市招商引资“百日攻坚”实施方案] 由 [招商人@ZSR(www.cnzsr.com)]小编精心整理分享,供您参阅"
            "(仅限学习研究交流等参考使用)!本文所属栏目 [招商文秘]-[工作方案],作者 [不详],转载请记得注明!", BODY]
    text, dropped = strip_chrome("\n".join(page))
    assert text.splitlines()[0] == "2022年某某市招商引资“百日攻坚”实施方案"
    assert "小编" not in text and any(d.rule == "site_blurb" for d in dropped)


def test_a_page_put_on_one_line_gets_its_line_breaks_back():
    # A copy turned every line break into a space: the title, number and date lines come back;
    # the number keeps its spaces around the year; the site's date under the number goes.
    page = ("大理白族自治州人民政府办公室关于印发大理州促进消费恢复发展若干政策措施的通知 大政办发 〔2022〕 29号 2022-08-12 "
            "各县、市人民政府,州直各委、办、局: 《大理州促进消费恢复发展若干政策措施》已经州人民政府同意,现印发给你们,请认真贯彻执行。 "
            "大理白族自治州人民政府办公室 2022年8月12日 (此件公开发布) 大理州促进消费恢复发展若干政策措施 "
            + "为充分发挥消费对经济循环的牵引带动作用,进一步提振消费信心、释放消费潜力,促进全州消费加快恢复发展。" * 4
            + " 一、加快促进消费有序恢复 (一)高效统筹疫情防控和经济社会发展。")
    text, _ = strip_chrome(page)
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0] == "大理白族自治州人民政府办公室关于印发大理州促进消费恢复发展若干政策措施的通知"
    assert "大政办发 〔2022〕 29号" in lines
    assert "2022-08-12" not in text and "一、加快促进消费有序恢复" in lines


def test_a_long_paragraph_with_a_few_spaces_stays_one_line():
    paragraph = "市长 李明主持会议。" + "全市实际利用外资完成6.6亿美元,同比增长5%,招商引资工作取得新成效。" * 10
    text, _ = strip_chrome(paragraph)
    assert text == paragraph
    # A PDF's layout spaces a table's words apart: no paragraphs ran together there.
    layout = ("附件 1 — 4 — 序号 重点任务 工作措施 牵头部门 主责单位 、 一 空气质量目标 市交通委 , 在完成国家目标任务基础上 。 "
              "全市及各区尽 市生态环境局 。 市城市管理委 , 1 目标任务 。 ") * 4
    text, _ = strip_chrome(layout)
    assert "\n" not in text.strip()


def test_a_forum_threads_subject_and_poster_profile_go_and_the_posts_title_stays():
    # A Discuz! thread reposting a work report: the board's tag and the subject over the poster's
    # profile (short counts, Rank, level), then the post, which prints the title again.
    page = ["设为首页收藏本站", "查看: 462|回复: 0", "[浙江] 2023年龙游县政府工作报告", "[复制链接]", "TA的每日心情",
            "奋斗", "前天 20:49", "签到天数: 725 天", "[LV.9]以坛为家II", "1万", "主题", "14万", "积分", "版主",
            "Rank: 7Rank: 7Rank: 7", "积分", "146508", "发表于 2023-6-5 22:20:33 | 显示全部楼层 |阅读模式",
            "    2023年龙游县政府工作报告", "    在龙游县第十四届人民代表大会第二次会议上", "    " + BODY]
    text, _ = strip_chrome("\n".join(page))
    assert text.splitlines()[0].strip() == "2023年龙游县政府工作报告"
    assert text.count("龙游县政府工作报告") == 1
    for snippet in ("[浙江]", "Rank", "146508", "签到天数", "复制链接", "奋斗", "阅读模式"):
        assert snippet not in text, snippet


@pytest.mark.parametrize(
    "lines",
    [
        # a contact line inside the notice (between two body lines) is the notice's own
        [BODY, "联系人:张明,联系电话:0317-2155678。", "沧州市人民政府办公室", "2018年5月14日"],
        # 相关 inside a sentence is not a related-articles heading
        ["相关文章和政策由市商务局汇总发布。", BODY],
        # a repeated signature block with body text between the copies stays twice
        ["嘉兴市人民政府办公室", "2024年2月28日", BODY, "嘉兴市人民政府办公室", "2024年2月28日"],
        ["附件:", BODY, "附件:1.2020年招商引资任务分解表"],
        # a row of a flattened table's figures is no site's address
        ["小店区 150250080.081.6", BODY],
        # a labelled line of the notice itself is no byline
        [BODY, "时间：每月5日前报送进展情况，逾期通报。", "来源：各地报送情况，经汇总形成本表。"],
        # a report's salutation and a headline after its column's name are no info-table rows
        ["某区政府工作报告", "——2021年1月20日在某区人民代表大会上", "区长 王明", "各位代表:", BODY],
        # a 主办单位 line that charges units with an item is the notice's, no site's footer
        ["(1)实施老旧小区改造提升。改造凤园西侧片区老旧小区。", "主办单位:县城投公司,协办单位:住建局、凤城镇。", BODY],
    ],
)
def test_notice_lines_are_kept(lines):
    text, _ = strip_chrome("\n".join(lines))
    assert canon(text) == canon("\n".join(lines))


@pytest.mark.parametrize("notice", NOTICES, ids=[n["file"][:3] for n in NOTICES])
def test_whole_notice_chrome(notice):
    # Snippets are written in normalised text, so compare after normalize.
    text = canon(normalize_notice(ingest_path(CORPUS / notice["file"])).text)
    missing = [s for s in notice["must_keep"] if canon(s) not in text]
    left_in = [s for s in notice["must_drop"] if canon(s) in text]
    assert not missing, f"main text lost: {missing}"
    assert not left_in, f"chrome left in: {left_in}"


def test_every_bundled_scrape_has_a_case():
    files = {n["file"] for n in NOTICES}
    scrapes = {p.name for p in CORPUS.glob("*.txt")}
    assert scrapes and scrapes <= files


def test_a_tables_share_cells_above_the_first_sentence_are_kept() -> None:
    # A table printed a cell a line before any sentence: its 54% | is a figure, no widget.
    lines = ["某区民生实事完成情况表", "序号 |", "目标任务 |", "实际完成率% |", "1 |", "1300人 |", "54% |",
             "已解决700人的饮水问题。"]
    text, _ = strip_chrome("\n".join(lines))
    assert "54%" in text and "1300人" in text


def test_a_trailers_more_link_row_is_no_breadcrumb_over_a_short_article() -> None:
    # 更多>同类资讯 below a two-paragraph article: the trailer's, and the article stays.
    lines = ["某工业园区一季度固定资产投资增速达14.3%", "今年以来,园区牢固树立抓投资就是抓未来的发展理念,切实把投资作为推动发展的主要动力。",
             "目前,园区重点项目进展顺利,一季度11个工业项目开工入库,拉动全区工业投资增速6.5个百分点。",
             "免责声明:本网转载自其它媒体的文章,并不代表本网赞同其观点。", "更多>同类资讯", "推荐图文"]
    text, _ = strip_chrome("\n".join(lines))
    assert "抓投资就是抓未来" in text and "11个工业项目" in text and "同类资讯" not in text


@pytest.mark.parametrize(
    ("line", "dropped"),
    [("2023-05-08 江苏省开发区协会", True),  # the day and the outlet: a byline
     ("2023年1月9日在凤县第十八届", False)],  # a report's subtitle broken after its date
)
def test_a_date_and_an_outlet_above_the_article_are_its_byline(line: str, dropped: bool) -> None:
    lines = ["某工业园区一季度固定资产投资增速达14.3%", line, BODY]
    text, _ = strip_chrome("\n".join(lines))
    assert (line not in text) is dropped


def test_a_footers_contact_fields_left_empty_are_dropped() -> None:
    lines = [BODY, "Copyrights (C) 2020  某某工业园发展中心", "联系电话:   邮编:402260", "渝ICP备13004583号-1"]
    text, _ = strip_chrome("\n".join(lines))
    assert "邮编" not in text and "联系电话" not in text and "牵头单位" in text


def test_a_headline_after_its_columns_name_stays_beside_an_info_row() -> None:
    text, dropped = strip_chrome("\n".join(["瞭望丨安徽:逐新向优奋力“往前赶”", "发布时间:2025-01-20", BODY]))
    assert text.startswith("瞭望丨安徽:逐新向优奋力“往前赶”") and [d.text for d in dropped] == ["发布时间:2025-01-20"]
