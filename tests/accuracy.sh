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
