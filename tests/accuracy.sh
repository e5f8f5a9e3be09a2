#!/bin/sh
# The whole pipeline (cf-extract | cf-normalize | cf-translate-map |
# cf-facts) on short articles written for this test, one per rule of how
# a figure becomes a fact, in each language the rule serves, with the
# negatives beside it.  Each case asserts the exact facts: place, area,
# metric, value, unit, qualifier, period and kind.
. tests/lib.sh
LC_ALL=C
export LC_ALL

n=0
# art LANG DATE TEXT: writes an article with front matter; its path in $A.
art() {
	n=$((n + 1))
	A=$TMP/a$n.md
	printf -- '---\ntitle: Test article %d\ndate: %s\nlang: %s\n---\n\n%s\n' "$n" "$2" "$1" "$3" >"$A"
}

pipe() { "$CF_BIN/cf-extract" "$A" | "$CF_BIN/cf-normalize" | "$CF_BIN/cf-translate-map" | "$CF_BIN/cf-facts" "$@"; }

# facts NAME LANG DATE TEXT EXPECTED: the facts of one article, a line each.
facts() {
	art "$2" "$3" "$4"
	check "$1" "$5" "$(pipe | jq -r -c 'select(.type=="fact")|[.city,.area,.metric,.value,.unit,.qualifier,.period,.kind]|map(tostring)|join(" ")')"
}

# reasons NAME LANG DATE TEXT EXPECTED: what --explain says of each figure.
reasons() {
	art "$2" "$3" "$4"
	check "$1" "$5" "$(pipe --explain | jq -r -c 'select(.type=="skip")|.text+": "+.reason')"
}

# --- provinces and regions are places, and "the province" refers back ---
facts "en: a province is a place" en 2022-03-01 \
	'Jiangsu Province had 1,200 AI companies in 2021.' \
	'Jiangsu  ai_enterprises 1200 count = 2021 actual'
facts "zh: a province is a place" zh 2022-03-01 \
	'2021年，湖南省人工智能企业达到860家。' \
	'Hunan  ai_enterprises 860 count = 2021 actual'
facts "pt: a province is a place" pt 2022-03-01 \
	'Em 2021, a província de Anhui tinha 700 empresas de inteligência artificial.' \
	'Anhui  ai_enterprises 700 count = 2021 actual'
facts "zh: 全省 is the province named before" zh 2022-03-01 \
	'福建发布新规划。到2025年，全省人工智能产业规模力争达到500亿元。' \
	'Fujian  industry_scale 50000000000 CNY = 2025 target'
facts "en: the province is the one named before" en 2022-03-01 \
	'Yunnan published a plan. The AI industry scale in the province will reach 30 billion yuan by 2025.' \
	'Yunnan  industry_scale 30000000000 CNY = 2025 target'
facts "zh: 全省 with no province named gives no place of its own" zh 2022-03-01 \
	'合肥市发布新规划。到2025年，全省人工智能产业规模力争达到500亿元。' \
	'Hefei  industry_scale 50000000000 CNY = 2025 target'
facts "zh: a city inside a province keeps the figure" zh 2022-03-01 \
	'浙江省杭州市人工智能企业达到900家。' \
	'Hangzhou  ai_enterprises 900 count = 2022 actual'
facts "en: a university named after a province is no place" en 2022-03-01 \
	'Shenzhen has 300 AI companies, a study by Zhejiang University found.' \
	'Shenzhen  ai_enterprises 300 count = 2022 actual'

# --- a wider economy is not the AI industry ---
facts "zh: the digital economy's value added and growth give no fact" zh 2022-03-01 \
	'2021年，全市数字经济核心产业增加值3200亿元，同比增长9.5%。' ''
facts "zh: the culture industry gives no fact" zh 2022-03-01 \
	'成都文化产业实现增加值1500亿元，同比增长6.1%。' ''
facts "zh: an AI figure after the digital economy's stays" zh 2022-03-01 \
	'成都数字经济规模超过5000亿元，其中人工智能产业规模达到800亿元。' \
	'Chengdu  industry_scale 80000000000 CNY = 2022 actual'
facts "en: the digital economy's output gives no fact" en 2022-03-01 \
	'In 2021, the output value of the digital economy in Wuhan reached 500 billion yuan.' ''
facts "en: GDP growth gives no fact" en 2022-03-01 \
	'Shenzhen reported GDP growth of 6.5% in 2021.' ''
facts "en: computing power serving the digital economy is still computing power" en 2022-03-01 \
	'Computing power is the engine of the digital economy, and Beijing has computing power of 12,000 PFLOPS.' \
	'Beijing  computing_power 12000 PFLOPS = 2022 actual'
facts "pt: the digital economy's value added gives no fact" pt 2022-03-01 \
	'Em 2021, o valor acrescentado da economia digital de Xangai atingiu 300 mil milhões de yuans, um crescimento de 8%.' ''
facts "pt: PIB growth gives no fact" pt 2022-03-01 \
	'Em 2021, Hefei registou um crescimento do PIB de 7,2%.' ''
reasons "explain: a wider economy is named as the reason" zh 2022-03-01 \
	'成都文化产业实现增加值1500亿元。' '1500亿元: wider economy: 文化产业'

# --- an investment must be the AI industry's ---
facts "zh: a batch of projects with no AI word gives no investment" zh 2022-03-01 \
	'当天，武汉市共有52个项目集中开工，总投资360亿元。' ''
facts "zh: an AI project's investment is a target" zh 2022-03-01 \
	'总投资50亿元的人工智能计算中心项目在武汉开工。' \
	'Wuhan  investment 5000000000 CNY = 2022 target'
facts "en: an investment with no AI word gives no fact" en 2022-03-01 \
	'Xiamen signed 30 projects with a total investment of 20 billion yuan.' ''
facts "pt: an investment with no AI word gives no fact" pt 2022-03-01 \
	'Cantão assinou 40 projetos com investimento total de 10 mil milhões de yuans.' ''
reasons "explain: an investment with no AI word says so" en 2022-03-01 \
	'Xiamen signed 30 projects with a total investment of 20 billion yuan.' \
	'30: no metric in reach that fits the unit
20 billion yuan: investment with no AI word in its sentence'

# --- the nation: its words, and what follows it ---
facts "en: the country is the nation" en 2022-03-01 \
	'The country is home to 4,100 AI companies.' \
	'China  ai_enterprises 4100 count = 2022 actual'
facts "pt: empresas chinesas are the nation's" pt 2022-03-01 \
	'Em 2022, as empresas de inteligência artificial chinesas ultrapassaram 3.000.' \
	'China  ai_enterprises 3000 count > 2022 actual'
facts "en: a figure after the nation's, naming no place, is the nation's" en 2022-03-01 \
	"China's AI industry grew quickly. The amount of financing reached 40 billion yuan in 2021." \
	'China  financing 40000000000 CNY = 2021 actual'
facts "en: a figure after a city's stays the city's" en 2022-03-01 \
	"Xi'an, a hub of western China, has a plan. The amount of financing reached 4 billion yuan in 2021." \
	"Xi'an  financing 4000000000 CNY = 2021 actual"
facts "en: the city refers to the city, not the nation" en 2022-03-01 \
	"Shanghai is China's largest city. The AI industry in the city was worth 90 billion yuan in 2021." \
	'Shanghai  industry_scale 90000000000 CNY = 2021 actual'
facts "zh: 全市 refers to the city named before" zh 2022-03-01 \
	'南京发布规划。2021年全市人工智能产业规模达到450亿元。' \
	'Nanjing  industry_scale 45000000000 CNY = 2021 actual'
facts "pt: da cidade refers to the city named before" pt 2022-03-01 \
	'Xangai lançou um plano. Em 2021, o volume de negócios da indústria de IA da cidade atingiu 80 mil milhões de yuans.' \
	'Shanghai  industry_scale 80000000000 CNY = 2021 actual'

# --- metric words ---
facts "en: the AI industry named alone measures its scale" en 2022-03-01 \
	'The AI industry in Tianjin is expected to reach 20 billion yuan in 2023.' \
	'Tianjin  industry_scale 20000000000 CNY = 2023 forecast'
facts "en: an AI industry fund is a fund, not the industry's scale" en 2022-03-01 \
	'Tianjin set up an Artificial Intelligence Industry Investment Fund, raising 5 billion yuan.' \
	'Tianjin  fund_size 5000000000 CNY = 2022 actual'
facts "en: annual operating income is the scale" en 2022-03-01 \
	"In 2021, the annual operating income of Wuxi's AI park reached 12 billion yuan." \
	'Wuxi  industry_scale 12000000000 CNY = 2021 actual'
facts "en: enterprises moved in are the zone's firms" en 2022-03-01 \
	'In 2021, more than 120 innovative enterprises moved in to the Xiamen AI town.' \
	'Xiamen  ai_enterprises 120 count > 2021 actual'
facts "zh: 企业数 counts firms, 科研人员 are employees" zh 2022-03-01 \
	'到2021年底，无锡人工智能园区企业数超过200家，科研人员超过5000人。' \
	'Wuxi  ai_enterprises 200 count > 2021 actual
Wuxi  employees 5000 count > 2021 actual'
facts "zh: traditional script matches too" zh 2022-03-01 \
	'2021年，廣州人工智能核心產業規模達到300億元。' \
	'Guangzhou  industry_scale 30000000000 CNY = 2021 actual'
facts "pt: volume de negócios na indústria principal is the scale" pt 2022-03-01 \
	'Em 2021, Xangai atingiu um volume de negócios na indústria principal de 150 mil milhões de yuans.' \
	'Shanghai  industry_scale 150000000000 CNY = 2021 actual'
facts "pt: o setor central is the scale" pt 2022-03-01 \
	'O setor central de inteligência artificial de Cantão ultrapassou RMB 90 bilhões em 2021.' \
	'Guangzhou  industry_scale 90000000000 CNY > 2021 actual'
facts "pt: empresas especializadas and pessoal qualificado" pt 2022-03-01 \
	'Em 2021, Pequim concentrava 30% do pessoal qualificado do país, com mais de 900 empresas especializadas.' \
	'Beijing  talent_share 0.3 fraction = 2021 actual
Beijing  ai_enterprises 900 count > 2021 actual'

# --- a place name that opens an organisation's name is not the figure's place ---
facts "en: a city inside an association's name is no place" en 2022-03-01 \
	"According to a report by the Nanjing AI Industry Association, the scale of China's AI industry reached 400 billion yuan in 2021." \
	'China  industry_scale 400000000000 CNY = 2021 actual'
facts "en: a city before a plain noun stays a place" en 2022-03-01 \
	'In 2021, Nanjing AI companies reached 700.' \
	'Nanjing  ai_enterprises 700 count = 2021 actual'
facts "zh: a city inside a 协会's name is no place" zh 2022-03-01 \
	'据苏州市人工智能行业协会统计，2021年全国人工智能企业超过5000家。' \
	'China  ai_enterprises 5000 count > 2021 actual'
facts "en: the nation speaks for its clause where no city does" en 2022-03-01 \
	"In 2021, the scale of China's AI industry reached 500 billion yuan, an increase of 18 percent." \
	'China  industry_scale 500000000000 CNY = 2021 actual
China  industry_growth 18 percent = 2021 actual'

# --- qualifiers of the verbs of growth ---
facts "en: surpass is more than" en 2022-03-01 \
	"Tianjin's computing power will surpass 3,000 PFLOPS by 2025." \
	'Tianjin  computing_power 3000 PFLOPS > 2025 target'
facts "pt: ultrapassaram and superar are more than" pt 2022-03-01 \
	'Em 2021, as empresas de IA de Pequim ultrapassaram 1.900, e a escala da indústria de IA deve superar 300 mil milhões de yuans em 2023.' \
	'Beijing  ai_enterprises 1900 count > 2021 actual
Beijing  industry_scale 300000000000 CNY > 2023 forecast'
facts "en: a bare word of growth after the industry's scale is its growth" en 2022-03-01 \
	"In 2021, the market scale of Hefei's AI industry soared 31%." \
	'Hefei  industry_growth 31 percent = 2021 actual'
facts "en: a bare word of growth of something else gives no fact" en 2022-03-01 \
	'In 2021, the number of AI researchers in Hefei rose 26%.' ''
facts "pt: aumentou after the scale is the growth, of people it is not" pt 2022-03-01 \
	'Em 2021, a escala da indústria de IA de Hefei aumentou 12%. O número de investigadores aumentou 26%.' \
	'Hefei  industry_growth 12 percent = 2021 actual'

# --- qualifiers in Chinese: Traditional characters, and the first word wins ---
facts "zh: 超過 in Traditional characters is more than" zh 2022-03-01 \
	'2021年，臺北人工智慧企業數量已超過300家。' \
	'Taipei  ai_enterprises 300 count > 2021 actual'
facts "zh: 近…余 is about: the first word wins" zh 2022-03-01 \
	'2021年，全国人工智能相关企业近80.5万余家。' \
	'China  ai_related_enterprises 805000 count ~ 2021 actual'
facts "zh: 余 alone is more than" zh 2022-03-01 \
	'2021年，全国人工智能相关企业80.5万余家。' \
	'China  ai_related_enterprises 805000 count > 2021 actual'

# --- computing power as written ---
facts "en: a capital P after the figure is petaflops" en 2022-03-01 \
	"Tianjin's computing power is expected to surpass 8,000 P by 2025." \
	'Tianjin  computing_power 8000 PFLOPS > 2025 forecast'
facts "zh: P glued before 算力 is petaflops" zh 2022-03-01 \
	'到2025年，西安规划建设5000P算力。' \
	"Xi'an  computing_power 5000 PFLOPS = 2025 target"
facts "pt: quintilhões de operações por segundo are exaflops" pt 2022-03-01 \
	'Em 2021, a capacidade de computação inteligente da China atingiu 90 quintilhões de operações por segundo.' \
	'China  computing_power 90000 PFLOPS = 2021 actual'
facts "en: quadrillion operations per second are petaflops" en 2022-03-01 \
	"In 2021, Wuhan's computing power reached 400 quadrillion operations per second." \
	'Wuhan  computing_power 400 PFLOPS = 2021 actual'
facts "en: a P that is a name's letter is no computing power" en 2022-03-01 \
	'Group P of 12 companies met in Wuhan in 2021.' ''

# --- lists and flows ---
facts "zh: respectively over industries: only the AI industry's figure" zh 2022-03-01 \
	'2021年，成都电子信息产业、软件产业、人工智能产业增加值分别增长9.1%、7.3%和21.5%。' \
	'Chengdu  industry_growth 21.5 percent = 2021 actual'
facts "en: respectively over industries: only the AI industry's figure" en 2022-03-01 \
	"In 2021, the output of Chengdu's chip industry, software industry and AI industry grew 9.1%, 7.3% and 21.5% respectively." \
	'Chengdu  industry_growth 21.5 percent = 2021 actual'
facts "zh: a count of additions is no total; the total after it is" zh 2022-03-01 \
	'截至2021年底，西安新增90家人工智能企业，总数达到410家。' \
	"Xi'an  ai_enterprises 410 count = 2021 actual"
facts "en: added ... new companies is no total" en 2022-03-01 \
	"In 2021, Xi'an added 90 new AI companies." ''
facts "zh: the growth of a count is no growth of the industry" zh 2022-03-01 \
	'2021年，西安“小巨人”企业新增20家，增幅达150%。' ''
facts "zh: an amount before 企业 is a size of firms" zh 2022-03-01 \
	'2021年，西安有30家营收过亿元企业。' ''
reasons "explain: the reasons for a flow and a threshold" zh 2022-03-01 \
	'2021年，西安新增90家人工智能企业，另有30家营收过亿元企业。' \
	'90家: a count of additions, not a total
30家: no metric in reach that fits the unit
亿元: a threshold of the firms counted'
facts "zh: a project's own output is no industry's scale; its investment is" zh 2022-03-01 \
	'总投资80亿元的人工智能算力中心项目落户西安。项目投产后，预计年产值50亿元。' \
	"Xi'an  investment 8000000000 CNY = 2022 target"
facts "en: a project's own output is no industry's scale" en 2022-03-01 \
	"Once running, the project's annual output value is expected to reach 5 billion yuan in Xi'an." ''

# --- ranges: bounds and changes ---
facts "en: bounds of a range are >= and <=" en 2022-03-01 \
	'By 2025, Hefei aims to have 1,200 to 1,800 AI companies.' \
	'Hefei  ai_enterprises 1200 count >= 2025 target
Hefei  ai_enterprises 1800 count <= 2025 target'
facts "en: a change from X to Y: now, then the goal; the first takes the unit" en 2022-03-01 \
	"Ningxia's computing power will rise from 20 to 50 EFLOPS by 2025." \
	'Ningxia  computing_power 20000 PFLOPS = 2022 actual
Ningxia  computing_power 50000 PFLOPS = 2025 target'
facts "zh: 从X攀升至Y is a change" zh 2022-03-01 \
	'到2025年，合肥人工智能产业规模将从800亿元攀升至1500亿元。' \
	'Hefei  industry_scale 80000000000 CNY = 2022 actual
Hefei  industry_scale 150000000000 CNY = 2025 target'
facts "pt: de X a Y is a range of bounds" pt 2022-03-01 \
	'Até 2025, Hefei terá de 1.200 a 1.800 empresas de IA.' \
	'Hefei  ai_enterprises 1200 count >= 2025 target
Hefei  ai_enterprises 1800 count <= 2025 target'
facts "en: a rate and an amount are no range" en 2022-03-01 \
	"In 2021, the industry scale of Hefei grew 18% to 64 billion yuan." \
	'Hefei  industry_growth 18 percent = 2021 actual
Hefei  industry_scale 64000000000 CNY = 2021 actual'
facts "en: two figures joined by and are no range" en 2022-03-01 \
	'In 2021, Hefei had 300 AI companies and 40,000 AI employees.' \
	'Hefei  ai_enterprises 300 count = 2021 actual
Hefei  employees 40000 count = 2021 actual'

# --- places inside company names ---
facts "zh: a city inside a company's name is no place" zh 2022-03-01 \
	'由杭州某某数字科技有限公司投资的项目在宜昌点军区建设5000P算力。' \
	'Yichang Dianjun computing_power 5000 PFLOPS = 2022 actual'
facts "pt: a wider economy (digital security) gives no fact" pt 2022-03-01 \
	'No campo da segurança digital, Pequim tem um volume de negócios de 90 mil milhões de yuans.' ''

# --- counts of firms by their measure word alone ---
facts "zh: a count in 家 takes the firms its sentence names" zh 2022-03-01 \
	'2021年，浙江以3.2万余家位列首位，安徽也拥有1.1万余家人工智能相关企业。' \
	'Zhejiang  ai_related_enterprises 32000 count > 2021 actual
Anhui  ai_related_enterprises 11000 count > 2021 actual'
facts "zh: respectively over places with counts in 家" zh 2022-03-01 \
	'2021年全国人工智能相关企业超过80万家。江苏、山东分列二、三位，分别拥有2.8万余家以及2.1万余家。' \
	'China  ai_related_enterprises 800000 count > 2021 actual
Jiangsu  ai_related_enterprises 28000 count > 2021 actual
Shandong  ai_related_enterprises 21000 count > 2021 actual'
facts "zh: sub-counts of a kind of firms of their own give no fact" zh 2022-03-01 \
	'2021年，无锡人工智能企业达到500家，其中规上企业达120家，上市企业15家。' \
	'Wuxi  ai_enterprises 500 count = 2021 actual'

# --- periods ---
facts "zh: a half of a year is that year" zh 2022-08-01 \
	'2022年上半年，北京人工智能核心产业规模达到1200亿元。' \
	'Beijing  industry_scale 120000000000 CNY = 2022 actual'
facts "zh: a dateline's date is no figure's period" zh 2022-08-01 \
	'新华网 合肥9月20日电 总投资60亿元的人工智能算力中心项目在合肥开工。' \
	'Hefei  investment 6000000000 CNY = 2022 target'
facts "pt: a dateline's date is no figure's period" pt 2022-08-01 \
	'Pequim, 21 jul (Lusa) – Pequim tem mais de 1.500 empresas de IA.' \
	'Beijing  ai_enterprises 1500 count > 2022 actual'
facts "en: a date in a sentence still dates its figure" en 2022-08-01 \
	'In July 2022, Hefei had 300 AI companies.' \
	'Hefei  ai_enterprises 300 count = 2022-07 actual'

# --- counts of other things, single deals, the nation for a whole seg ---
facts "en: a span of years is no count" en 2022-03-01 \
	'Ningbo has held AI application scenario selections for five consecutive years.' ''
facts "en: a count of meetings is no count of scenarios" en 2022-03-01 \
	'In 2021, Ningbo held 18 AI application scenario matchmaking meetings.' ''
facts "en: a count of scenarios is one" en 2022-03-01 \
	'In 2021, Ningbo released 18 AI application scenarios.' \
	'Ningbo  application_scenarios 18 count = 2021 actual'
facts "zh: a count of aspects is no count of scenarios" zh 2022-03-01 \
	'《方案》从打造全域场景应用等六个方面提出举措。' ''
facts "pt: a span of years is no count" pt 2022-03-01 \
	'Em 2021, Ningbo completou 5 anos de cenários de aplicação de IA.' ''
facts "en: a single deal is no financing of the industry" en 2022-03-01 \
	'In 2021, financing of Ningbo AI firms reached 3 billion yuan, and the single largest deal was 400 million yuan.' \
	'Ningbo  financing 3000000000 CNY = 2021 actual'
facts "zh: 单笔 is a single deal" zh 2022-03-01 \
	'2021年，宁波人工智能企业融资总额30亿元，单笔融资最高4亿元。' \
	'Ningbo  financing 3000000000 CNY = 2021 actual'
facts "pt: the nation named in a seg with no city is its figures' place" pt 2022-03-01 \
	'A China tem muitos utilizadores de IA; o número de empresas de IA ultrapassa 5.000.' \
	'China  ai_enterprises 5000 count > 2022 actual'
facts "zh: 家 before a noun phrase of other things counts those things" zh 2022-03-01 \
	'2021年，全国人工智能企业超过5000家，并建成逾4万家不同等级的智能工厂。' \
	'China  ai_enterprises 5000 count > 2021 actual'

# --- a list of subjects has no owner; petaflops are computing power ---
facts "en: a company in a list of subjects does not own the figure" en 2022-03-01 \
	'On opening day, Tencent (Wuxi) Innovation Center and more than 60 innovative enterprises moved in to the Wuxi AI park.' \
	'Wuxi  ai_enterprises 60 count > 2022 actual'
facts "en: a company's own figure stays its own" en 2022-03-01 \
	"In 2021, SenseTime's Wuxi center had 600 employees." ''
facts "en: petaflops with no metric in reach are computing power" en 2022-03-01 \
	"Wuxi's intelligent computing scale has exceeded 900 PFLOPS, and it is expected to surpass 5,000 P by 2027." \
	'Wuxi  computing_power 900 PFLOPS > 2022 actual
Wuxi  computing_power 5000 PFLOPS > 2027 forecast'
facts "zh: petaflops with no metric in reach are computing power" zh 2022-03-01 \
	'无锡该中心一期于2021年建成，规划建设3000P。' \
	'Wuxi  computing_power 3000 PFLOPS = 2022 target'
facts "zh: AI as one item of a list of industries is not the AI industry" zh 2022-03-01 \
	'本次签约涉及数字经济、人工智能、生物医药等领域项目20个，总投资150亿元。' ''
facts "en: AI as one item of a list with the digital economy is not the AI industry" en 2022-03-01 \
	'Wuxi signed 20 projects in the digital economy, AI, and biomedicine, with a total investment of 15 billion yuan.' ''
facts "zh: the AI industry after the digital economy, not as a list item, stays" zh 2022-03-01 \
	'2021年，无锡数字经济快速发展、人工智能产业规模达到500亿元。' \
	'Wuxi  industry_scale 50000000000 CNY = 2021 actual'

# --- a conversion stated first ---
art en 2022-03-01 "Wuxi's AI industry to exceed \$7 billion by 2025

The scale of Wuxi's AI industry will exceed 45 billion yuan (\$7 billion) by 2025."
check "en: a headline's dollars restated in yuan by the body: the yuan is the fact" \
	'Wuxi  industry_scale 45000000000 CNY > 2025 target' \
	"$(pipe | jq -r -c 'select(.type=="fact")|[.city,.area,.metric,.value,.unit,.qualifier,.period,.kind]|map(tostring)|join(" ")')"
check "explain: the dollar amount is named a conversion stated first" \
	'a conversion stated first: the amount in yuan is the fact' \
	"$(pipe --explain | jq -r 'select(.type=="skip" and .unit=="USD" and (.reason|test("first")))|.reason')"
facts "en: dollars that no yuan amount restates stay" en 2022-03-01 \
	'In 2021, financing of Wuxi AI companies reached $2 billion.' \
	'Wuxi  financing 2000000000 USD = 2021 actual'
facts "pt: dollars that no yuan amount restates stay" pt 2022-03-01 \
	'Em 2021, o financiamento das empresas de IA de Wuxi atingiu 2 mil milhões de dólares.' \
	'Wuxi  financing 2000000000 USD = 2021 actual'

# --- firms above designated size: the AI firms only where nothing else counts them ---
facts "en: firms above designated size are the AI firms of an article that counts none else" en 2022-03-01 \
	'In 2021, Wuxi had 2,000 AI-related enterprises, including 300 enterprises above designated size.' \
	'Wuxi  ai_related_enterprises 2000 count = 2021 actual
Wuxi  ai_enterprises 300 count = 2021 actual'
facts "zh: 规上企业 are a sub-count where the AI firms are counted" zh 2022-03-01 \
	'2021年，无锡人工智能企业达到500家。规上企业达120家。' \
	'Wuxi  ai_enterprises 500 count = 2021 actual'
reasons "explain: a sub-count of firms above designated size says so" zh 2022-03-01 \
	'2021年，无锡人工智能企业达到500家。规上企业达120家。' \
	'120家: firms above designated size, a sub-count of the AI firms counted'

# --- a "with" sub-clause goes on with the statement before it ---
facts "en: a with-clause takes the kind of the statement it continues" en 2022-03-01 \
	"By 2025, Wuxi's AI industry scale is expected to hit 90 billion yuan, with 800 AI companies in the city." \
	'Wuxi  industry_scale 90000000000 CNY = 2025 forecast
Wuxi  ai_enterprises 800 count = 2025 forecast'
facts "pt: a com-clause takes the kind of the statement it continues" pt 2022-03-01 \
	'Até 2025, espera-se que a escala da indústria de IA de Wuxi atinja 90 mil milhões de yuans, com 800 empresas de IA.' \
	'Wuxi  industry_scale 90000000000 CNY = 2025 forecast
Wuxi  ai_enterprises 800 count = 2025 forecast'

# --- an undated article: the latest year it named dates a figure with no time ---
undated() { # NAME LANG TEXT EXPECTED
	n=$((n + 1))
	A=$TMP/u$n.md
	printf -- '---\ntitle: Test article %d\nlang: %s\n---\n\n%s\n' "$n" "$2" "$3" >"$A"
	check "$1" "$4" "$(pipe | jq -r -c 'select(.type=="fact")|[.city,.area,.metric,.value,.unit,.qualifier,.period,.kind]|map(tostring)|join(" ")')"
}
undated "en: an undated article's figure takes the latest year named before it" en \
	'In 2021, Wuxi published a plan for 2022-2023.

Wuxi now has 600 AI companies.' \
	'Wuxi  ai_enterprises 600 count = 2022 actual'
undated "zh: an undated article's figure takes the latest year named before it" zh \
	'2022年，无锡发布了行动方案。

无锡目前拥有人工智能企业600家。' \
	'Wuxi  ai_enterprises 600 count = 2022 actual'
undated "pt: a figure before any year of an undated article stays undated" pt \
	'Wuxi tem 600 empresas de IA.

Em 2022, Wuxi publicou um plano.' \
	'Wuxi  ai_enterprises 600 count =  actual'
undated "en: a headline's figure that the body repeats with its year is one fact" en \
	'Wuxi has 600 AI companies

In 2022, Wuxi had 600 AI companies.' \
	'Wuxi  ai_enterprises 600 count = 2022 actual'
undated "en: an undated article that says 'this year' is not dated by a year it names" en \
	'In 2021, Wuxi published a plan.

Wuxi now has 600 AI companies, and more will come this year.' \
	'Wuxi  ai_enterprises 600 count =  actual'
undated "zh: an undated article that says 今年 is not dated by a year it names" zh \
	'2021年，无锡发布了行动方案。

无锡目前拥有人工智能企业600家，今年还将新增一批。' \
	'Wuxi  ai_enterprises 600 count =  actual'
