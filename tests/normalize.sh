#!/bin/sh
# cf-normalize: quantities and times in sentences written for these tests,
# in English, Chinese and Portuguese; the non-quantities; absurd numbers;
# records other than segs; and every quantity behind the seed facts, found
# in samples/ through cf-extract.
# locale-sensitive
. tests/lib.sh

N=$CF_BIN/cf-normalize

# feed LANG DATE TEXT: a doc record (dated when DATE is not empty) and a seg.
feed() {
	jq -nc --arg l "$1" --arg d "$2" --arg t "$3" \
		'{type:"doc",doc:"t",lang:$l} + (if $d == "" then {} else {date:$d} end),
		 {type:"seg",doc:"t",seg:1,lang:$l,start:0,end:($t|utf8bytelength),text:$t}'
}

# q LANG DATE TEXT: one line per quantity, text|value|unit|qualifier|kind[|conv=N].
q() {
	feed "$@" | "$N" | jq -r 'select(.type=="seg") | .quantities[] |
		"\(.text)|\(.value)|\(.unit)|\(.qualifier)|\(.kind)" +
		(if .conversion_of != null then "|conv=\(.conversion_of)" else "" end)'
}

# tm LANG DATE TEXT: one line per time, text|value[|deadline].
tm() {
	feed "$@" | "$N" | jq -r 'select(.type=="seg") | .times[] |
		"\(.text)|\(.value)" + (if .deadline then "|deadline" else "" end)'
}

nl='
'

# --- English quantities
check "en: grouping, scale words, a conversion in parentheses" \
"1,234,567|1234567|count|=|number
3.75 million|3750000|count|=|number
12.5 billion yuan|12500000000|CNY|=|money
\$1.8 billion|1800000000|USD|=|money|conv=2" \
"$(q en "" 'Revenue rose to 1,234,567 units and 3.75 million visitors, while the city raised 12.5 billion yuan ($1.8 billion).')"

check "en: qualifiers >, >=, ~, <=, <" \
"2,400|2400|count|>|number
300|300|count|>=|number
45%|45|percent|~|percent
500|500|count|<=|number
a third|0.333333333333333|fraction|<|fraction" \
"$(q en "" 'More than 2,400 firms joined, at least 300 of them start-ups, and nearly 45% are profitable; up to 500 engineers and less than a third of the budget.')"

check "en: per cent, percentage points, fractions, US\$ with bn" \
"7.5 per cent|7.5|percent|=|percent
1.2 percentage points|1.2|points|=|points
two-thirds|0.666666666666667|fraction|=|fraction
half|0.5|fraction|~|fraction
US\$ 3.2bn|3200000000|USD|>|money
one in five|0.2|fraction|=|fraction" \
"$(q en "" 'Output grew 7.5 per cent, up 1.2 percentage points, to reach two-thirds of the target; about half of them exceed US$ 3.2bn and one in five is new.')"

check "en: spelled-out numbers" \
"two hundred and forty-five thousand|245000|count|=|number
one and a half|1.5|fraction|=|fraction
a dozen|12|count|=|number
3 million and a half|3500000|count|=|number" \
"$(q en "" 'They hired two hundred and forty-five thousand people in one and a half years, a dozen labs, 3 million and a half users.')"

check "en: \$500m is money, 500m a distance" "\$500m|500000000|USD|=|money" \
"$(q en "" 'a $500m deal, 500m away')"

check "en: digits mixed with number words; an 'and' after a scale adds no digits" \
"4 thousand 3 hundred and 21|4321|count|=|number
3 hundred|300|count|=|number
2 hundred|200|count|=|number
10 billion|10000000000|count|=|number
5|5|count|=|number" \
"$(q en "" '4 thousand 3 hundred and 21 seats, 3 hundred and 2 hundred, 10 billion and 5 companies')"

check "en: computing power in PFLOPS" \
"300 EFLOPS|300000|PFLOPS|=|power
20 PFLOPS|20|PFLOPS|=|power
1.5 exaflops|1500|PFLOPS|=|power" \
"$(q en "" 'Capacity hit 300 EFLOPS plus 20 PFLOPS and 1.5 exaflops.')"

check "en: not quantities (names, phone, house number, ordinals, versions, words)" "" \
"$(q en "" 'The MLU100 chip, built on a 7 nm process, supports 5G along the G60 corridor; call +86 21 6123 4567 or 021-6123 4567; visit No. 88 at 1000 Century Avenue; it ranked 4th, then 21st, in version 2.0; Tencent often leads someone.')"

check "en: clock times, ratios and list markers are not quantities" "12|12|count|=|number" \
"$(q en "" '1. Posted Nov 19, 6:55 AM, a 16:9 screen and 12 stores.')"

check "en: spelled fractions with a compound denominator, a plural one after a scale, a negative one over" \
"three twenty-firsts|0.142857142857143|fraction|=|fraction
one hundred forty-fifths|2.22222222222222|fraction|=|fraction
a thirtieth|0.0333333333333333|fraction|=|fraction
sixty fourths|15|fraction|=|fraction
two hundred thousandths|0.2|fraction|=|fraction
six hundred and twelve and a fortieth|612.025|fraction|=|fraction
minus two over 40|-0.05|fraction|=|fraction" \
"$(q en "" 'Sales took three twenty-firsts of the land, one hundred forty-fifths of a plot, a thirtieth, sixty fourths, two hundred thousandths, six hundred and twelve and a fortieth; the index stood at minus two over 40.')"

check "en: a lone compound ordinal, and first, are not quantities" "" \
"$(q en "" 'In the twenty-first century the thirty-third firm hit its first million in the first quarter.')"

check "en: lakh grouping and dotted thousands with a decimal comma" \
"3,25,000 rupees|325000|INR|=|money
1,50,00,000|15000000|count|=|number
€2.345,50|2345.5|EUR|=|money
12,345|12345|count|=|number" \
"$(q en "" 'The plant cost 3,25,000 rupees for 1,50,00,000 users and €2.345,50 in fees; 12,345 firms.')"

check "en: dozens after 'and' count alone; a list of one- and two-digit numbers" \
"a hundred and three dozen|136|count|=|number
4|4|count|=|number
9|9|count|=|number
15|15|count|=|number
2|2|count|=|number" \
"$(q en "" 'The shop sold a hundred and three dozen bottles; see tables 4,9,15 and note 2.')"

check "en: yuan with jiao, mao and fen" \
"2 yuan 5 jiao|2.5|CNY|=|money
three kuai and two mao six|3.26|CNY|=|money
7 yuan 9 fen|7.09|CNY|=|money
4|4|count|=|number" \
"$(q en "" 'A ticket is 2 yuan 5 jiao, a bun three kuai and two mao six, a stamp 7 yuan 9 fen for 4 riders.')"

check "en: a currency code after an M counts millions (MEUR 4.2)" \
"MEUR 4.2|4200000|EUR|=|money
MUSD 15|15000000|USD|>|money
USD 15|15|USD|=|money" \
"$(q en "" 'Sales were MEUR 4.2, above MUSD 15, with USD 15 in fees.')"

check "en: after 'hundred and', a proper fraction is added, an improper one takes all" \
"three hundred and twenty-one hundredths|300.21|fraction|=|fraction
one hundred and forty-two fifths|28.4|fraction|=|fraction" \
"$(q en "" 'The gauge read three hundred and twenty-one hundredths, then one hundred and forty-two fifths.')"

# --- Chinese quantities
check "zh: 万, 超过, 百分之, 个百分点" \
"1.2万家|12000|count|=|number
3亿元|300000000|CNY|>|money
百分之十二点五|12.5|percent|=|percent
0.4个百分点|0.4|points|=|points" \
"$(q zh 2019-02-25 '今年前三季度，全市新增企业1.2万家，融资超过3亿元，同比增长百分之十二点五，比去年提高0.4个百分点。')"

check "zh: numerals, qualifiers before and after, 成, fractions" \
"两千万人|20000000|count|~|number
1500余家|1500|count|>|number
50亿元|5000000000|CNY|>=|money
200台|200|count|<=|number
三成|30|percent|<|percent
六成|60|percent|~|percent
一千二百名|1200|count|=|number
1.2万亿元|1200000000000|CNY|=|money
三分之一|0.333333333333333|fraction|=|fraction
一半|0.5|fraction|>|fraction" \
"$(q zh "" '约两千万人参与，1500余家企业，不少于50亿元，最多200台，不到三成，近六成，一千二百名，1.2万亿元，三分之一，一半以上。')"

check "zh: 人民币, a conversion (约合), computing power, 1000亿, 20万, 两千万" \
"70亿元人民币|7000000000|CNY|=|money
10亿美元|1000000000|USD|~|money|conv=0
1000P|1000|PFLOPS|=|power
1000亿|100000000000|count|=|number
20万|200000|count|=|number
两千万|20000000|count|=|number" \
"$(q zh "" '投资70亿元人民币（约合10亿美元），算力达到1000P，规模1000亿，人口20万，两千万。')"

check "zh: a numeral after its unit is the next order down (三万五, 三兆五)" \
"三万五|35000|count|=|number
三兆五|3500000000000|count|=|number" \
"$(q zh "" '三万五，三兆五')"

check "zh: round numbers after a word of approximation; 数百, 几千 and idioms are no numbers" \
"千家|1000|count|~|number
百家|100|count|>|number
万人|10000|count|>|number
百亿元|10000000000|CNY|>|money" \
"$(q zh "" '近千家企业，上百家，逾万人，千家万户，数百亿元，超百亿元，几千人')"

check "zh: not quantities (第四届, 一带一路, 世界一流, 之一, 王迎春, 半导体, ICP, phone)" "" \
"$(q zh "" '第四届世界人工智能大会是一带一路和世界一流的城市之一，王迎春研究半导体，沪ICP备12345678号，电话021-61234567。')"
check "zh: not quantities (十九大, 十九届, 一是, 两会, 三中全会, 5G)" "" \
"$(q zh "" '党的十九大和十九届四中全会，一是加强，二是推进，两会期间，三中全会，5G基站。')"

check "zh: a bare year is no count, nor is a number with a leading zero" \
"2000家|2000|count|=|number
93|93|count|=|number" \
"$(q zh "" '▪ 2008 第八届，2000家企业，果树93(01)班')"
check "zh: a bare year is a time" "2008|2008" "$(tm zh "" '▪ 2008 第八届，2000家企业')"
check "zh: reference marks are no quantities; 2013-06 is a month" "" "$(q zh "" '发行专辑 [10] ，入围 [1-2] ；2013-06')"
check "zh: 2013-06 is a month" "2013-06|2013-06" "$(tm zh "" '发行专辑 [10] ，入围 [1-2] ；2013-06')"

check "zh: 成 with a digit after it (七成六), not before a word (八成一线城市)" \
"六成四|64|percent|=|percent
八成|80|percent|~|percent" \
"$(q zh "" '受访企业中六成四的员工使用人工智能，近八成一线城市已开放数据。')"

check "zh: 半百 is fifty, 一半 a half" \
"半百|50|count|~|number
一半|0.5|fraction|=|fraction" \
"$(q zh "" '这位年近半百的创始人把一半股份捐了出去。')"

check "zh: a financial numeral before 打 is a dozen, alone a name" \
"叁打|36|count|=|number" \
"$(q zh "" '他买了叁打鸡蛋，伍先生没买。')"

# --- Portuguese quantities
check "pt: decimal comma, R\$, cerca de, mais de, pelo menos, até, P, terço, metade, por cento" \
"R\$ 2,5 bilhões|2500000000|BRL|=|money
15.000|15000|count|~|number
40%|40|percent|>|percent
dois milhões de dólares|2000000|USD|>=|money
40.000P|40000|PFLOPS|<=|power
um terço|0.333333333333333|fraction|=|fraction
metade|0.5|fraction|=|fraction
50 por cento|50|percent|=|percent
mil|1000|count|<|number
mil milhões de euros|1000000000|EUR|=|money
1,0000|1|count|=|number
0,7449|0.7449|count|=|number" \
"$(q pt "" 'A receita chegou a R$ 2,5 bilhões, cerca de 15.000 empresas e mais de 40% do total; pelo menos dois milhões de dólares, até 40.000P, um terço, metade, 50 por cento, menos de mil, mil milhões de euros, 1,0000 e 0,7449.')"

check "pt: articles and ordinals are not numbers; excedeu, US\$, de reais, pontos percentuais" \
"20.000P|20000|PFLOPS|>|power
US\$ 150 milhões|150000000|USD|=|money
12 milhões de reais|12000000|BRL|=|money
3,5 pontos percentuais|3.5|points|=|points" \
"$(q pt "" 'Um acordo com uma empresa de Xangai; o 4º lugar e a 3ª fase; excedeu 20.000P e US$ 150 milhões; 12 milhões de reais; 3,5 pontos percentuais.')"

check "pt: a lone meio is no half ('em meio a', 'por meio de'); meia dúzia is six" \
"meia dúzia|6|count|=|number" \
"$(q pt "" 'Em meio a tudo e por meio de nota, meia dúzia.')"

check "pt: a number before another and a thousandth-like ordinal: the two make the denominator" \
"quatro dois milésimos|0.002|fraction|=|fraction
dois vinte milésimos|0.0001|fraction|=|fraction
trinta centésimos|0.3|fraction|=|fraction" \
"$(q pt "" 'A perda foi de quatro dois milésimos do total, dois vinte milésimos da meta e trinta centésimos do lucro.')"

# --- full-width digits: offsets stay those of the original bytes
out=$(feed zh "" '增长５０％，达到１２３亿元' | "$N" | jq -r -c 'select(.type=="seg") | [.quantities[] | [.start, .end, .text, .value, .unit]]')
check "zh: full-width digits, byte offsets of the original text" \
'[[6,15,"５０％",50,"percent"],[24,39,"１２３亿元",12300000000,"CNY"]]' "$out"

# --- times
check "zh times: dates, months, relative, ranges, deadlines, Five-Year Plans" \
"今年前三季度|2019-01-2019-09
去年|2018
明年|2020
2019年2月25日|2019-02-25
2018年5月|2018-05
1月17日|2019-01-17
2018至2020年|2018-2020
2018年至2020年|2018-2020
到2030年|2030|deadline
2025年底|2025
二〇一九年|2019
十四五|2021-2025
十三五|2016-2020
2020年上半年|2020-01-2020-06" \
"$(tm zh 2019-02-25 '今年前三季度、去年、明年、2019年2月25日、2018年5月、1月17日、2018至2020年、2018年至2020年、到2030年、2025年底、二〇一九年、“十四五”期间、十三五规划、2020年上半年、3个月。')"

check "en times: dates, relative, ranges, deadlines, halves, Five-Year Plans" \
"July 8|2021-07-08
tomorrow|2021-07-08
this year|2021
last year|2020
from 2018 to 2020|2018-2020
2018-2020|2018-2020
between 2016 and 2019|2016-2019
by 2025|2025|deadline
by the end of 2018|2018|deadline
first half of 2019|2019-01-2019-06
13th Five-Year Plan|2016-2020
14th Five-Year Plan|2021-2025
March 3, 2020|2020-03-03
5 May 2019|2019-05-05
July 2020|2020-07
2021-03-04|2021-03-04" \
"$(tm en 2021-07-07 'On July 8, tomorrow, this year and last year; from 2018 to 2020, 2018-2020, between 2016 and 2019; by 2025; by the end of 2018; in the first half of 2019; the 13th Five-Year Plan and the 14th Five-Year Plan; March 3, 2020; 5 May 2019; July 2020; 2021-03-04.')"

check "pt times: dates, relative, ranges, deadlines" \
"26 de julho|2024-07-26
18 de setembro de 2025|2025-09-18
este ano|2024
ano passado|2023
até 2030|2030|deadline
de 2018 a 2020|2018-2020
julho de 2020|2020-07
amanhã|2024-08-03
14º Plano Quinquenal|2021-2025
primeiro semestre de 2023|2023-01-2023-06" \
"$(tm pt 2024-08-02 'Em 26 de julho, 18 de setembro de 2025, este ano, no ano passado, até 2030, de 2018 a 2020, em julho de 2020, amanhã, o 14º Plano Quinquenal, primeiro semestre de 2023.')"

check "pt times: a day of the month after a weekday, against the document date" \
"29|2022-04-29
2|2022-05-02" \
"$(tm pt 2022-05-04 'Na última sexta-feira (29) e na segunda-feira (2) houve reuniões.')"

check "quarters and deadlines before relative years" \
"first quarter of 2020|2020-01-2020-03
Q3 2019|2019-07-2019-09
by the end of this year|2021|deadline
2019年第一季度|2019-01-2019-03
到今年底|2021|deadline
terceiro trimestre de 2021|2021-07-2021-09
até o final do ano|2021|deadline" \
"$(tm en 2021-07-07 'in the first quarter of 2020, Q3 2019, by the end of this year')
$(tm zh 2021-07-07 '2019年第一季度，到今年底')
$(tm pt 2021-07-07 'no terceiro trimestre de 2021 e até o final do ano')"

check "relative times stay unresolved without a document date" \
"tomorrow|null
this year|null
July 8|null
今年|null
1月17日|null" \
"$(tm en "" 'tomorrow and this year, July 8')${nl}$(tm zh "" '今年和1月17日')"

check "years are times, not quantities" "" \
"$(q en "" 'In 2019 and in 2020, from 2018 to 2020.')"

# --- times as the press writes them (issue 13): each form in each language
# that has it, with the look-alikes that are not times beside it
check "en times: numeric dates, month first; days with ordinals and in words; years in words and in two digits" \
"4/22/2016|2016-04-22
2016/11/07|2016-11-07
2016.11.07|2016-11-07
20161016|2016-10-16
22/04|2016-04-22
11/20|2016-11-20
12/12/30|2030-12-12
2015-12|2015-12
2015-3|2015-03
Dec. 31, 1994|1994-12-31
04th Jan 2019|2019-01-04
the first of March|2016-03-01
May twenty nine|2016-05-29
Sep-23-2020|2020-09-23
05-Aug-2016|2016-08-05
April of 87|1987-04
October two thousand and five|2005-10" \
"$(tm en 2016-11-07 'On 4/22/2016, on 2016/11/07, 2016.11.07 and 20161016; on 22/04 and on 11/20; 12/12/30; 2015-12 and 2015-3; Dec. 31, 1994; 04th Jan 2019; the first of March; May twenty nine; Sep-23-2020; 05-Aug-2016; April of 87; October two thousand and five.')"

check "en: scores, ratios, fractions, product names, versions and phone numbers are no times" \
"3|3|count|=|number
2|2|count|=|number
1/3|0.333333333333333|fraction|=|fraction
2/3|0.666666666666667|fraction|=|fraction
11|11|count|=|number
10|10|count|=|number
2.1|2.1|count|=|number" \
"$(q en 2016-11-07 'The score was 3-2, a ratio of 1/3, 2/3 of firms, the iPhone 11 and Windows 10, version 2.1, room 2015-32, call +86 138-2010-2015 or 2010-2015-86.')"
check "... and give no time" "" \
"$(tm en 2016-11-07 'The score was 3-2, a ratio of 1/3, 2/3 of firms, the iPhone 11 and Windows 10, version 2.1, room 2015-32, 2015 - 32, 32 - 2015, call +86 138-2010-2015, 2010-2015-86 or 133-03-03-2020.')"

check "en times: ranges of days, months and years; the year of one end goes to the other" \
"January 12, 2016 - 01/22/2016|2016-01-12-2016-01-22
from 2 July to 10 July|2016-07-02-2016-07-10
November 18-19|2016-11-18-2016-11-19
Nov 18 - Dec 19, 2015|2015-11-18-2015-12-19
Jan-Feb 2017|2017-01-2017-02
Nov-Feb 2017|2016-11-2017-02
from March to May|2016-03-2016-05
between 3 and 12 of Sept|2016-09-03-2016-09-12
from 2014 till 2018|2014-2018
2007|2007
2009|2009
2015|2015
2016|2016
between 2007 and 2009|2007-2009" \
"$(tm en 2016-11-07 'January 12, 2016 - 01/22/2016; from 2 July to 10 July; November 18-19; Nov 18 - Dec 19, 2015; Jan-Feb 2017; Nov-Feb 2017; from March to May; between 3 and 12 of Sept; from 2014 till 2018; in 2007 and 2009, from 2015 and 2016, between 2007 and 2009.')"

check "en times: weekdays, offsets, last/next month, quarters, decades and holidays against the document date" \
"next Friday|2019-02-08
last Wednesday|2019-01-23
this past Wednesday|2019-01-30
coming Thursday|2019-02-07
Monday 21|2019-01-21
in two days|2019-02-02
3 days ago|2019-01-28
two weeks from tomorrow|2019-02-15
last month|2018-12
next quarter|2019-04-2019-06
the next decade|2020-2029
Christmas|2019-12-25
New Year 2020|2020-01-01
1990s|1990-1999
2019 Q1|2019-01-2019-03
2019-H2|2019-07-2019-12
q1 of 2019|2019-01-2019-03" \
"$(tm en 2019-01-31 'next Friday, last Wednesday, this past Wednesday, coming Thursday, Monday 21, in two days, 3 days ago, two weeks from tomorrow, last month, next quarter, the next decade, Christmas, New Year 2020, the 1990s, 2019 Q1, 2019-H2, q1 of 2019.')"

check "en: a count of years, a weekday before a count, a month's name alone and the Chinese New Year are no times" \
"" "$(tm en 2019-01-31 'The sector grew 30% in 3 years; on Tuesday, 3 firms left; it may grow; the Chinese New Year.')"

check "zh times: numerals, ranges of months and days, relative days and weeks, halves, decades, offsets" \
"二〇一九年五月二十九日|2019-05-29
2018年十二月|2018-12
2018年 12月|2018-12
三月到五月|2019-03-2019-05
5月-10月|2019-05-2019-10
8月至2月|2019-08-2020-02
10月和5月间|2019-10-2020-05
2015年和2018年之间|2015-2018
从一月十日到十二日|2019-01-10-2019-01-12
29日|2019-09-29
本月十日|2019-09-10
上个月|2019-08
下周三|2019-09-11
上上个周三|2019-08-21
今日|2019-09-03
明日|2019-09-04
昨天|2019-09-02
后天|2019-09-05
上半年|2019-01-2019-06
今年后半年|2019-07-2019-12
九十年代|1990-1999
十九世纪七十年代|1870-1879
5年前|2014-09-03
三天后|2019-09-06
08年|2008
18年10月1日到19年2月3日|2018-10-01-2019-02-03
2021年的第三个月|2021-03" \
"$(tm zh 2019-09-03 '二〇一九年五月二十九日，2018年十二月，2018年 12月，三月到五月，5月-10月，8月至2月，10月和5月间，2015年和2018年之间，从一月十日到十二日，29日，本月十日，上个月，下周三，上上个周三，今日，明日，昨天，后天，上半年，今年后半年，九十年代，十九世纪七十年代，5年前，三天后，08年，18年10月1日到19年2月3日，2021年的第三个月。')"

check "zh: holidays of a fixed date, in the document's year; 中国, 国家, 情况 are none" \
"元旦|2019-01-01
国庆节|2019-10-01
圣诞节|2019-12-25
劳动节|2019-05-01" \
"$(tm zh 2019-09-03 '元旦、国庆节和圣诞节，中国国家教育部的情况，劳动节。')"

check "zh: a day alone takes the month named before it in the seg" \
"5月16日|2024-05-16
16日|2024-05-16" \
"$(tm zh 2024-12-01 '南京5月16日电 副市长16日介绍')"

check "zh: product and title names, scores, ratios, counts of days and phone numbers are no times" "" \
"$(tm zh 2019-09-03 '今日头条发布《明日之后》，比分3-2，比例1/3，近3日内，每日，第10日，1号线，电话+86 138-2010-2015，2010-2015-86，一日三餐。')"

# The scanner skips a number or a character where no Chinese time can start
# (lib/timex.c, zh_digits_worth and zh_time_start): these must still be found.
check "en, pt: Chinese year, month and range forms after a number are still read; plain numbers are not" \
"from 2016年 to 2018 年|2016-2018
7月|2020-07
2018至2020年|2018-2020
2012 - 2014|2012-2014
1999~2001|1999-2001
2025年|2025
2021–2025|2021-2025
3月|2020-03
2017 ~ 2019|2017-2019" \
"$(tm en 2020-05-06 'Sales doubled from 2016年 to 2018 年, fell in 7月, held over 2018至2020年, 2012 - 2014 and 1999~2001, not 2019 units or 42 robots.')
$(tm pt 2020-05-06 'A meta de 2025年 e o plano 2021–2025; 30 empresas em 3月, 2017 ~ 2019.')"

check "zh: 去年 年内 目前 当前 and the holidays are read; 每年, 亿元, 国内, 去除, 当地, 目标, 教育, 劳动力 are not" \
"去年|2019
年内|2020
目前|2020
当前|2020
元旦|2020-01-01
国庆节|2020-10-01" \
"$(tm zh 2020-05-06 '去年和年内的目标，目前与当前的水平，每年新增300亿元，国内去除旧产能，当地目标，元旦和国庆节期间，教育、情报与儿科，劳动力。')"

check "pt times: day first; abbreviations; two-digit years; ranges; offsets; weekdays; holidays; decades" \
"22/04/2016|2016-04-22
17/11|2020-11-17
set-23-2020|2020-09-23
23/set/2020|2020-09-23
maio de 68|1968-05
2 de outubro de 92|1992-10-02
23 de novembro 82|1982-11-23
9 de 8 de 1971|1971-08-09
entre 1 de dezembro e 4 de fevereiro|2020-12-01-2021-02-04
de ontem até hoje|2020-05-05-2020-05-06
novembro 19-20|2020-11-19-2020-11-20
28/2-1/3|2020-02-28-2020-03-01
dois meses atrás|2020-03-06
daqui a dois dias|2020-05-08
em 2 semanas|2020-05-20
sexta-feira passada|2020-05-01
próxima sexta|2020-05-15
terça-feira dia 25|2020-05-25
dia 12|2020-05-12
dia do trabalho|2020-05-01
Natal|2020-12-25
na próxima década|2030-2039
mês passado|2020-04
dois dias depois de hoje|2020-05-08" \
"$(tm pt 2020-05-06 'Em 22/04/2016, 17/11, set-23-2020, 23/set/2020, maio de 68, 2 de outubro de 92, 23 de novembro 82, 9 de 8 de 1971, entre 1 de dezembro e 4 de fevereiro, de ontem até hoje, novembro 19-20, 28/2-1/3, dois meses atrás, daqui a dois dias, em 2 semanas, sexta-feira passada, próxima sexta, terça-feira dia 25, dia 12, dia do trabalho, no Natal, na próxima década, mês passado, dois dias depois de hoje.')"

check "pt: scores, fractions, the city of Natal, recent months and phone numbers are no times" "" \
"$(tm pt 2020-05-06 'O placar foi 3-2, 1/3 das empresas, o iPhone 11, em Natal, nos últimos meses, telefone +55 11-2010-2015, versão 2.1.')"

check "no time names a day that does not exist: 29 February without a year takes the last leap year" \
"Feb 29|2016-02-29
29 February 2019|null
2/29/2017|null
30 February|null
2月29日|2016-02-29
2019年2月29日|null
29/2|2016-02-29
29 de fevereiro de 2019|null
31/04/2019|null" \
"$(tm en 2017-03-22 'Feb 29, 29 February 2019, 2/29/2017, 30 February')
$(tm zh 2017-03-22 '2月29日，2019年2月29日')
$(tm pt 2017-03-22 '29/2, 29 de fevereiro de 2019, 31/04/2019')"

check "zh: the second day of a range takes the first one's year, not the document's; a whole month is a month" \
"2019年6月1日-6月20日|2019-06-01-2019-06-20
2019年6月1日-6月30日|2019-06" \
"$(tm zh 2017-03-22 '计费周期2019年6月1日-6月20日，2019年6月1日-6月30日')"

# --- absurd numbers: reported with file and line, left out, no inf or nan
feed en "" 'Funding reached 1e400 dollars and 1234567890123456789012345678901234567890 yuan, and 12 firms.' >"$TMP/big.ndjson"
check_rc "absurd numbers are bad input: exit 1 at the end" 1 "$N" "$TMP/big.ndjson"
check "absurd numbers: two reports with file, line, doc and seg" 2 \
	"$(grep -c "^cf-normalize: $TMP/big.ndjson:2: doc \"t\" seg 1: number too large" "$TMP/err")"
check "absurd numbers are left out, the rest stays" "12|count" \
	"$(jq -r 'select(.type=="seg") | .quantities[] | "\(.value)|\(.unit)"' "$TMP/out")"
check_nogrep "no inf or nan in the output" 'inf|nan|Infinity|NaN' "$TMP/out"

# --- records other than segs pass through unchanged; every seg gets both arrays
printf '%s\n' '{"type":"fact","doc":"x","value":3}' '{"type":"seg","doc":"x","seg":0,"text":"nothing here"}' \
	'{"type":"agg","n":2}' >"$TMP/mix.ndjson"
check_rc "mixed records" 0 "$N" "$TMP/mix.ndjson"
check "other records pass through unchanged, segs get empty arrays" \
'{"type":"fact","doc":"x","value":3}
{"type":"seg","doc":"x","seg":0,"text":"nothing here","quantities":[],"times":[]}
{"type":"agg","n":2}' "$(cat "$TMP/out")"

printf '%s\n' '{"type":"seg","doc":"x","text":"5 firms"}' 'not json' >"$TMP/bad.ndjson"
check_rc "a bad line is reported and the run exits 1" 1 "$N" "$TMP/bad.ndjson"
check_grep "bad line has file and line" "cf-normalize: .*bad.ndjson:2: " "$TMP/err"
check_rc "--lang must be en, zh or pt" 2 "$N" --lang fr
check_rc "--help" 0 "$N" --help
check "--lang forces the language" "1.234|1234|count|=|number" \
	"$(feed en "" '1.234' | "$N" --lang pt | jq -r 'select(.type=="seg") | .quantities[] | "\(.text)|\(.value)|\(.unit)|\(.qualifier)|\(.kind)"')"
check "no lang: Chinese script is read as Chinese" "1000亿元|100000000000|CNY" \
	"$(printf '%s\n' '{"type":"seg","doc":"x","text":"收入1000亿元"}' | "$N" | jq -r '.quantities[] | "\(.text)|\(.value)|\(.unit)"')"

# --- the seed articles: every quantity behind the seed facts
if [ ! -f tools/extract.c ] || [ ! -x "$CF_BIN/cf-extract" ]; then
	skip "samples through cf-extract" "cf-extract is not built"
else
	"$CF_BIN/cf-extract" samples/ | "$N" >"$TMP/samples.ndjson"
	# seedq DOC TEXT: value|unit|qualifier of the quantities with that text in that doc
	seedq() {
		jq -r --arg d "$1" --arg t "$2" 'select(.type=="seg" and (.doc|contains($d))) | .quantities[] |
			select(.text==$t) | "\(.value)|\(.unit)|\(.qualifier)"' "$TMP/samples.ndjson" | sort -u
	}
	check "seed 000: 1,149 firms" "1149|count|=" "$(seedq 000_ '1,149')"
	check "seed 000: 224.6 billion yuan" "224600000000|CNY|=" "$(seedq 000_ '224.6 billion yuan')"
	check "seed 000: about 50%" "50|percent|~" "$(seedq 000_ '50%' | grep '~')"
	check "seed 000: 29.5%" "29.5|percent|=" "$(seedq 000_ '29.5%')"
	check "seed 000: 58 scenarios" "58|count|=" "$(seedq 000_ '58')"
	check "seed 000: 187,000 employees" "187000|count|=" "$(seedq 000_ '187,000')"
	check "seed 000: about 15%" "15|percent|~" "$(seedq 000_ '15%')"
	check "seed 000: 400 billion yuan" "400000000000|CNY|=" "$(seedq 000_ '400 billion yuan')"
	check "seed 001: exceeded 60 billion yuan" "60000000000|CNY|>" "$(seedq 001_ '60 billion yuan')"
	check "seed 001: one-third" "0.333333333333333|fraction|=" "$(seedq 001_ 'one-third' | grep '|=$')"
	check "seed 001: more than 1,000" "1000|count|>" "$(seedq 001_ '1,000')"
	check "seed 001: exceeds 70 billion yuan" "70000000000|CNY|>" "$(seedq 001_ '70 billion yuan')"
	check "seed 001: a 10 billion fund (no currency)" "10000000000|count|=" "$(seedq 001_ '10 billion')"
	check "seed 001: no less than 6 billion yuan" "6000000000|CNY|>=" "$(seedq 001_ '6 billion yuan')"
	check "seed 001: 10 billion yuan" "10000000000|CNY|=" "$(seedq 001_ '10 billion yuan')"
	check "seed 002: one-third" "0.333333333333333|fraction|=" "$(seedq 002_ 'one-third')"
	check "seed 002: 1,000 and 3,000" "1000|count|=${nl}3000|count|=" "$(seedq 002_ '1,000'; seedq 002_ '3,000')"
	check "seed 002: about 70 billion yuan" "70000000000|CNY|~" "$(seedq 002_ '70 billion yuan')"
	check "seed 002: (\$10.16 billion) converts the amount before it" "10160000000|USD|=|true" \
		"$(jq -r 'select(.type=="seg") | .quantities as $q | $q[] | select(.text=="$10.16 billion") |
			"\(.value)|\(.unit)|\(.qualifier)|\($q[.conversion_of].text == "70 billion yuan")"' "$TMP/samples.ndjson")"
	check "seed 002: more than 100 billion yuan" "100000000000|CNY|>" "$(seedq 002_ '100 billion yuan')"
	check "seed 002: 1 trillion yuan" "1000000000000|CNY|=" "$(seedq 002_ '1 trillion yuan')"
	check "seed 003: até 40.000P" "40000|PFLOPS|<=" "$(seedq 003_ '40.000P')"
	check "seed 003: excedeu 20.000P" "20000|PFLOPS|>" "$(seedq 003_ '20.000P')"
	check "seed 004: 1000亿元" "100000000000|CNY|=" "$(seedq 004_ '1000亿元')"
	check "seed 004: 700亿元" "70000000000|CNY|=" "$(seedq 004_ '700亿元')"
	check "seed 004: 130多家" "130|count|>" "$(seedq 004_ '130多家')"
	check "seed 004: 目前 is the document's year" "2019" \
		"$(jq -r 'select(.type=="seg" and (.doc|contains("004_"))) | .times[] | select(.text=="目前") | .value' "$TMP/samples.ndjson" | sort -u)"
	check "seed 002: by 2030" "2030|true" \
		"$(jq -r 'select(.type=="seg" and (.doc|contains("002_"))) | .times[] | select(.text=="by 2030") | "\(.value)|\(.deadline)"' "$TMP/samples.ndjson")"
	check "seed 000: July 2020" "2020-07" \
		"$(jq -r 'select(.type=="seg" and (.doc|contains("000_"))) | .times[] | select(.text=="July 2020") | .value' "$TMP/samples.ndjson")"
fi
