"""Projects: named construction and industrial projects (reservoirs, water transfers, railways, plants, bases),
by their suffix or as the items of a list of projects (石炼化绿色转型、昌泰电科谷等184个项目)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import (INDUSTRY_WORDS, Match, covered, doc_text, longest_first, matches, name_start, only_words,
                             register, strip_lead)

PROJECT_SUFFIX = re.compile(
    r"(?:一体化项目|项目|调水工程|配置工程|水利工程|工程|水库|城际铁路|铁路|高铁|高速公路|(?<!中)高速(?!增长)|快速路|公路|"
    r"大桥|立交桥|立交|"
    r"大道|机场|码头|内陆港|抽水蓄能电站|水电站|光伏电站|核电厂|电站|电厂|热电|风电场|产业基地|生产基地|储备基地|基地|管道|"
    r"隧道|枢纽|生产线|数据中心|智算中心|医疗中心|展示中心|检测中心|交易中心|物流中心|贸易中心|保税仓|廊道|长廊|"
    r"博物馆群|文旅融合园|监狱|专用线|大硅片|改扩建|现代化改造|(?<=[河江湖渠沟])治理)"
    r"(?:[一二三四五六七八九十]期|[一二三四五六七八九十]期工程|扩产)?(?![\u4e00-\u9fff]{0,1}(?:企业|公司|集团))")
# Words that say what kind of project, not which: a head made only of them names none (重点技改项目, 城区排涝治理项目).
GENERIC_WORDS = sorted(set("""重点 重大 民生 产业 基础设施 新开工 在建 续建 新建 亿元以上 超百亿元 百亿级 一批 省市 省市县 三级 实施类
这些 各类 工业 农业 水利 交通 能源 城建 城市 示范 试点 市级 省级 国家级 中央 专项 亿元 千万元 优质 特色 传统 基础 配套 全产业链 单体
补链 延链 强链 现代 高标准 数字 智慧 绿色 新型 共建 产业链 两重 发展 高质量 建设 候选 民生实事 改造 更新 储备 前期 谋划 储能 示范性
省外 投资 技改 行动 具体 实体 京津 成果 转化 成果转化 促进 修复 城区 排涝 治理 压采 自然资源 生态 保护 生态保护 文旅 以上 招商
营商环境 一把手 中心城区 国省道 大中修 过亿元 占补平衡 房地产 孤困儿童 助学 农村 公路 燃气 燃气管道 港口 货运 港口型 国家 物流
骨干 冷链 关键材料 集成电路 体育产业 中试 科技 科技成果 元以上 最大 全国 地下水 水源 置换 新改建 专用设备 城乡 供水 污水
引调水 土建 运输 应用 这 该 各 类 项 个 市 县 区 省 水网 重点生态 修复类 乡村振兴 实事 一批重点 一号 标志性 上半年 优先 保障
先导性 第二批 转型 升级 集群 展示 交易 基地 项目 能力 提升 中省 预算内 发行 地方政府 专项债券 债券 社会资本 教育 医疗
养老 服务 照料 日间 县域 通用 公共 停车场 孵化 老年 食堂 老旧小区 工人 文化宫 汽车 总站 网络 5G 谋 展览 工程建设 民办
补短板 基本公共卫生 台资 外资 高端 高新技术 调水 改线 两高 帮扶 龙头 一般 社会 公建 央企 合作
提速 隐性债务 上新 京冀 创新""".split()),
                       key=len, reverse=True)
# with industry words too, for a name made by its kind alone (智能制造产业基地): items of a list of projects are names
_CLASSIFYING = sorted(set(GENERIC_WORDS) | set(INDUSTRY_WORDS), key=len, reverse=True)
_ITEM = r"(?:(?!等)[\u4e00-\u9fff\w·]){2,20}"
LIST_OF_PROJECTS = re.compile(rf"((?:{_ITEM}、){{0,12}}{_ITEM})等(?:[\d\s]+[个条项]|一批|多个)?"
                              r"(?:(?!领域|方面|行业|环节|场景|部门|单位)[\u4e00-\u9fff]){0,10}?(项目|工程|高速公路)")
INFRASTRUCTURE = re.compile(r"[水路桥铁电港管渠河湖堤坝厂站楼馆院校轨隧线气热网期园]")


def is_generic(head: str, words: list[str] = GENERIC_WORDS) -> bool:
    """Whether nothing of a name's head is left once the words that only classify projects are taken away."""
    return only_words(head, words)


def find_projects(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    spans: list[tuple[int, int, str]] = []
    places = [p for p in matches(doc) if p.label == "Place"]
    for m in LIST_OF_PROJECTS.finditer(text):
        pos = m.start(1)
        items = m.group(1).split("、")
        last = PROJECT_SUFFIX.search(items[-1])
        if m.group(2) not in ("项目", "工程"):  # 济南至宁津等8条高速公路: the list names the kind
            kind = m.group(2)
        else:  # 临武、德郓高速公路: the items share the last one's kind
            kind = last.group() if last and last.end() == len(items[-1]) else ""
        for i, item in enumerate(items):
            item_start, item_end = pos, pos + len(item)
            pos = item_end + 1
            s = (name_start(doc, item_end) if i == 0 else None) or strip_lead(text, item_start, item_end)
            if item_end - s >= 2 and not is_generic(text[s:item_end]) and not PROJECT_SUFFIX.fullmatch(item):
                elided = kind and not PROJECT_SUFFIX.search(item)
                spans.append((s, item_end, text[s:item_end] + kind if elided else ""))
    for m in PROJECT_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=18)
        if start is None:
            continue
        head = text[start:m.start()]
        if len(head) < 2 or is_generic(head, _CLASSIFYING) or re.search(r"[、，,]", head) or re.search(r"(?:行动|计划|试点)$", head):
            continue  # …提升行动项目: the projects of a programme
        if m.group().startswith("工程") and not (INFRASTRUCTURE.search(head) or covered(doc, start, m.start(), {"Place"})):
            continue  # 雪亮工程, 乡村振兴工程: programmes, not construction
        if re.search(r"[\d一二两三四五六七八九十]+[个家处座]$", text[max(0, start - 8):start]):
            continue  # 创建10家…基地: a count of a kind
        if m.group() == "项目" and any(p.start == start and p.end == m.start() for p in places):
            continue  # 引进北京项目521个: projects from a place, none named
        spans.append((start, m.end(), ""))
        lead = next((p for p in places if p.start == start), None)
        rest = text[lead.end:m.end()] if lead else ""
        while lead is not None:  # 灵寿、赞皇抽水蓄能电站: each place has its own
            lead = next((p for p in places if p.end == lead.start - 1 and text[p.end] == "、"), None)
            if lead is not None:
                spans.append((lead.start, lead.end, text[lead.start:lead.end] + rest))
    return longest_first([Match(s, e, "Project", attrs=(("name", name),) if name else ()) for s, e, name in spans
                          if not covered(doc, s, e, {"Strategy", "Program", "Zone", "Event", "Policy"})])


register("kg_projects", find_projects)
