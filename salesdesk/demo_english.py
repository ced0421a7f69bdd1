"""The demo's invented people and words in English, for a demo made in an English UI.

The simulation (``salesdesk.demo``) draws the same Chinese words with the same random
numbers whatever the language; when the UI is English each word drawn is shown to the
agent through this table, and each invented name through its pinyin ("Ma Donghong"), so
an English user's demo reads as English and has the same shape as the Chinese one.
"""
from __future__ import annotations

from functools import lru_cache

# i18n: data — everything below is invented demo data, the keys are what demo.py draws.
WORDS = {
    # company kinds (宏达贸易有限公司 → Hongda Trading Co., Ltd.)
    "贸易": "Trading", "科技": "Technology", "建材": "Building Materials", "物流": "Logistics",  # i18n: data
    "餐饮": "Catering", "电子": "Electronics", "制造": "Manufacturing",  # i18n: data
    "医疗器械": "Medical Devices", "文化传媒": "Media", "装饰工程": "Interior Works",  # i18n: data
    "服装": "Garments", "食品": "Foods", "教育咨询": "Education Consulting", "汽车服务": "Auto Services",  # i18n: data
    # titles
    "总经理": "General manager", "董事长": "Chairman", "办公室主任": "Office manager",  # i18n: data
    "财务总监": "Finance director", "部门经理": "Department manager", "销售经理": "Sales manager",  # i18n: data
    "个体户": "Self-employed", "教师": "Teacher", "医生": "Doctor", "工程师": "Engineer", "会计": "Accountant",  # i18n: data
    # sources
    "朋友介绍": "Friend", "老客户转介绍": "Client referral", "陌生拜访": "Cold call visit", "网络": "Online",  # i18n: data
    "社区活动": "Community event", "展会": "Trade fair", "同学": "Classmate", "电话营销": "Telemarketing",  # i18n: data
    # plans
    "重疾险": "Critical illness", "终身寿险": "Whole life", "年金险": "Annuity", "医疗险": "Medical",  # i18n: data
    "意外险": "Accident", "教育金": "Education fund", "养老规划": "Retirement plan",  # i18n: data
    "团体意外险": "Group accident", "企业财产险": "Business property",  # i18n: data
    # cities and industries
    "北京": "Beijing", "上海": "Shanghai", "广州": "Guangzhou", "深圳": "Shenzhen", "杭州": "Hangzhou",  # i18n: data
    "成都": "Chengdu", "南京": "Nanjing", "武汉": "Wuhan",  # i18n: data
    "制造业": "Manufacturing", "服务业": "Services", "教育": "Education", "医疗": "Healthcare",  # i18n: data
    "金融": "Finance", "零售": "Retail", "建筑": "Construction",  # i18n: data
    # lost reasons, next steps, tags, notes, a contact's subject
    "预算不足": "Budget too small", "选择了其他公司": "Chose another company", "联系不上": "Cannot be reached",  # i18n: data
    "暂无需求": "No need for now",  # i18n: data
    "下次见面讲解建议书": "Explain the proposal at the next meeting", "带计划书面谈": "Meet with the plan",  # i18n: data
    "确认体检时间": "Confirm the medical check date", "讨论缴费方式": "Discuss how to pay",  # i18n: data
    "约家人一起面谈": "Meet with the family",  # i18n: data
    "高净值": "High net worth", "企业主": "Business owner", "家庭保障": "Family cover",  # i18n: data
    "转介绍中心": "Referral hub",  # i18n: data
    "喜欢下午见面": "Prefers afternoon meetings", "周末不方便": "Weekends are difficult",  # i18n: data
    "对收益型产品感兴趣": "Interested in savings products", "跟进": "Follow-up",  # i18n: data
    "超出销售周期，送回销售机会": "Past the sales cycle: sent back to Opportunity",  # i18n: data
}


@lru_cache(maxsize=None)
def pinyin(text: str) -> str:
    """``宏达`` → ``Hongda``: a Chinese word as one capitalised pinyin word."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).capitalize()


def person(name: str) -> str:
    """``马东红`` → ``Ma Donghong``: surname, then the given name (the demo's surnames are one character)."""
    return f"{pinyin(name[0])} {pinyin(name[1:])}" if len(name) > 1 else pinyin(name)


def company(first: str, kind: str) -> str:
    return f"{pinyin(first)} {WORDS.get(kind, kind)} Co., Ltd."


def word(text: str) -> str:
    return WORDS.get(text, text)
