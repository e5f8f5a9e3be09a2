/*
 * The word tables of the quantity scanner (see qword.h), and the reading
 * of a word or phrase of them at a place in the folded text.  Entries live
 * in one open-addressed hash built on first use; a table of their first
 * words, and a bit filter before it, rule most words of a text out at once.
 */
#include <stdint.h>
#include <string.h>

#include "hash.h"
#include "qword.h"

/* Language bits of an entry. */

#define LE 1
#define LZ 2
#define LP 4
#define LA 7

static const struct qword words[] = {
	/* English cardinals */
	{ "zero", QW_UNIT, 0, 0, LE }, { "nought", QW_UNIT, 0, 0, LE }, { "naught", QW_UNIT, 0, 0, LE },
	{ "one", QW_UNIT, 1, 0, LE }, { "two", QW_UNIT, 2, 0, LE }, { "three", QW_UNIT, 3, 0, LE },
	{ "four", QW_UNIT, 4, 0, LE }, { "five", QW_UNIT, 5, 0, LE }, { "six", QW_UNIT, 6, 0, LE },
	{ "seven", QW_UNIT, 7, 0, LE }, { "eight", QW_UNIT, 8, 0, LE }, { "nine", QW_UNIT, 9, 0, LE },
	{ "ten", QW_UNIT, 10, 0, LE }, { "eleven", QW_UNIT, 11, 0, LE }, { "twelve", QW_UNIT, 12, 0, LE },
	{ "thirteen", QW_UNIT, 13, 0, LE }, { "fourteen", QW_UNIT, 14, 0, LE },
	{ "fifteen", QW_UNIT, 15, 0, LE }, { "sixteen", QW_UNIT, 16, 0, LE },
	{ "seventeen", QW_UNIT, 17, 0, LE }, { "eighteen", QW_UNIT, 18, 0, LE },
	{ "nineteen", QW_UNIT, 19, 0, LE }, { "twenty", QW_TEN, 20, 0, LE }, { "thirty", QW_TEN, 30, 0, LE },
	{ "forty", QW_TEN, 40, 0, LE }, { "fifty", QW_TEN, 50, 0, LE }, { "sixty", QW_TEN, 60, 0, LE },
	{ "seventy", QW_TEN, 70, 0, LE }, { "eighty", QW_TEN, 80, 0, LE }, { "ninety", QW_TEN, 90, 0, LE },
	{ "hundred", QW_HUND, 100, 0, LE }, { "hundreds", QW_HUND, 100, 0, LE },
	{ "thousand", QW_SCALE, 1e3, 0, LE }, { "million", QW_SCALE, 1e6, 0, LE },
	{ "billion", QW_SCALE, 1e9, 0, LE }, { "trillion", QW_SCALE, 1e12, 0, LE },
	{ "bn", QW_SCALE, 1e9, 0, LE }, { "bln", QW_SCALE, 1e9, 0, LE }, { "mln", QW_SCALE, 1e6, 0, LE },
	{ "mn", QW_SCALE, 1e6, 0, LE }, { "tn", QW_SCALE, 1e12, 0, LE }, { "tln", QW_SCALE, 1e12, 0, LE },
	{ "lakh", QW_SCALE, 1e5, 0, LE }, { "crore", QW_SCALE, 1e7, 0, LE },
	{ "dozen", QW_DOZEN, 12, 0, LE }, { "dozens", QW_DOZEN, 12, 0, LE }, { "dzs", QW_DOZEN, 12, 0, LE },
	{ "dozs", QW_DOZEN, 12, 0, LE }, { "doz", QW_DOZEN, 12, 0, LE },
	{ "half", QW_HALF, 2, 0, LE }, { "halves", QW_DEN, 2, 0, LE },
	{ "first", QW_DEN, 1, 0, LE }, { "firsts", QW_DEN, 1, 0, LE },
	{ "third", QW_DEN, 3, 0, LE }, { "thirds", QW_DEN, 3, 0, LE },
	{ "quarter", QW_DEN, 4, 0, LE }, { "quarters", QW_DEN, 4, 0, LE },
	{ "fourth", QW_DEN, 4, 0, LE }, { "fourths", QW_DEN, 4, 0, LE },
	{ "fifth", QW_DEN, 5, 0, LE }, { "fifths", QW_DEN, 5, 0, LE },
	{ "sixth", QW_DEN, 6, 0, LE }, { "sixths", QW_DEN, 6, 0, LE },
	{ "seventh", QW_DEN, 7, 0, LE }, { "sevenths", QW_DEN, 7, 0, LE },
	{ "eighth", QW_DEN, 8, 0, LE }, { "eighths", QW_DEN, 8, 0, LE },
	{ "ninth", QW_DEN, 9, 0, LE }, { "ninths", QW_DEN, 9, 0, LE },
	{ "tenth", QW_DEN, 10, 0, LE }, { "tenths", QW_DEN, 10, 0, LE },
	{ "twentieth", QW_DEN, 20, 0, LE }, { "twentieths", QW_DEN, 20, 0, LE },
	{ "thirtieth", QW_DEN, 30, 0, LE }, { "thirtieths", QW_DEN, 30, 0, LE },
	{ "fortieth", QW_DEN, 40, 0, LE }, { "fortieths", QW_DEN, 40, 0, LE },
	{ "fiftieth", QW_DEN, 50, 0, LE }, { "fiftieths", QW_DEN, 50, 0, LE },
	{ "sixtieth", QW_DEN, 60, 0, LE }, { "sixtieths", QW_DEN, 60, 0, LE },
	{ "seventieth", QW_DEN, 70, 0, LE }, { "seventieths", QW_DEN, 70, 0, LE },
	{ "eightieth", QW_DEN, 80, 0, LE }, { "eightieths", QW_DEN, 80, 0, LE },
	{ "ninetieth", QW_DEN, 90, 0, LE }, { "ninetieths", QW_DEN, 90, 0, LE },
	{ "hundredth", QW_DEN, 100, 0, LE }, { "hundredths", QW_DEN, 100, 0, LE },
	{ "thousandth", QW_DEN, 1000, 0, LE }, { "thousandths", QW_DEN, 1000, 0, LE },
	{ "millionth", QW_DEN, 1e6, 0, LE }, { "millionths", QW_DEN, 1e6, 0, LE },
	{ "billionth", QW_DEN, 1e9, 0, LE }, { "billionths", QW_DEN, 1e9, 0, LE },
	{ "trillionth", QW_DEN, 1e12, 0, LE }, { "trillionths", QW_DEN, 1e12, 0, LE },
	{ "and", QW_JOIN, 0, 0, LE }, { "a", QW_A, 1, 0, LE }, { "an", QW_A, 1, 0, LE },
	{ "point", QW_POINT, 0, 0, LE }, { "minus", QW_NEG, 0, 0, LE }, { "negative", QW_NEG, 0, 0, LE },
	/* Portuguese cardinals */
	{ "zero", QW_UNIT, 0, 0, LP }, { "um", QW_UNIT, 1, 0, LP }, { "uma", QW_UNIT, 1, 0, LP },
	{ "hum", QW_UNIT, 1, 0, LP }, { "dois", QW_UNIT, 2, 0, LP }, { "duas", QW_UNIT, 2, 0, LP },
	{ "três", QW_UNIT, 3, 0, LP }, { "tres", QW_UNIT, 3, 0, LP }, { "quatro", QW_UNIT, 4, 0, LP },
	{ "cinco", QW_UNIT, 5, 0, LP }, { "seis", QW_UNIT, 6, 0, LP }, { "sete", QW_UNIT, 7, 0, LP },
	{ "oito", QW_UNIT, 8, 0, LP }, { "nove", QW_UNIT, 9, 0, LP }, { "dez", QW_UNIT, 10, 0, LP },
	{ "onze", QW_UNIT, 11, 0, LP }, { "doze", QW_UNIT, 12, 0, LP }, { "treze", QW_UNIT, 13, 0, LP },
	{ "catorze", QW_UNIT, 14, 0, LP }, { "quatorze", QW_UNIT, 14, 0, LP },
	{ "quinze", QW_UNIT, 15, 0, LP }, { "dezesseis", QW_UNIT, 16, 0, LP },
	{ "dezasseis", QW_UNIT, 16, 0, LP }, { "dezessete", QW_UNIT, 17, 0, LP },
	{ "dezassete", QW_UNIT, 17, 0, LP }, { "dezoito", QW_UNIT, 18, 0, LP },
	{ "dezenove", QW_UNIT, 19, 0, LP }, { "dezanove", QW_UNIT, 19, 0, LP },
	{ "vinte", QW_TEN, 20, 0, LP }, { "trinta", QW_TEN, 30, 0, LP }, { "quarenta", QW_TEN, 40, 0, LP },
	{ "cinquenta", QW_TEN, 50, 0, LP }, { "cinqüenta", QW_TEN, 50, 0, LP },
	{ "sessenta", QW_TEN, 60, 0, LP }, { "setenta", QW_TEN, 70, 0, LP },
	{ "oitenta", QW_TEN, 80, 0, LP }, { "noventa", QW_TEN, 90, 0, LP },
	{ "cem", QW_HUND, 100, 0, LP }, { "cento", QW_HUND, 100, 0, LP },
	{ "duzentos", QW_HUND, 200, 0, LP }, { "duzentas", QW_HUND, 200, 0, LP },
	{ "trezentos", QW_HUND, 300, 0, LP }, { "trezentas", QW_HUND, 300, 0, LP },
	{ "quatrocentos", QW_HUND, 400, 0, LP }, { "quatrocentas", QW_HUND, 400, 0, LP },
	{ "quinhentos", QW_HUND, 500, 0, LP }, { "quinhentas", QW_HUND, 500, 0, LP },
	{ "seiscentos", QW_HUND, 600, 0, LP }, { "seiscentas", QW_HUND, 600, 0, LP },
	{ "setecentos", QW_HUND, 700, 0, LP }, { "setecentas", QW_HUND, 700, 0, LP },
	{ "oitocentos", QW_HUND, 800, 0, LP }, { "oitocentas", QW_HUND, 800, 0, LP },
	{ "novecentos", QW_HUND, 900, 0, LP }, { "novecentas", QW_HUND, 900, 0, LP },
	{ "mil", QW_SCALE, 1e3, 0, LP }, { "milhão", QW_SCALE, 1e6, 0, LP }, { "milhao", QW_SCALE, 1e6, 0, LP },
	{ "milhões", QW_SCALE, 1e6, 0, LP }, { "milhoes", QW_SCALE, 1e6, 0, LP },
	{ "mi", QW_SCALE, 1e6, 0, LP }, { "bi", QW_SCALE, 1e9, 0, LP }, { "tri", QW_SCALE, 1e12, 0, LP },
	{ "bilhão", QW_SCALE, 1e9, 0, LP }, { "bilhao", QW_SCALE, 1e9, 0, LP },
	{ "bilhões", QW_SCALE, 1e9, 0, LP }, { "bilhoes", QW_SCALE, 1e9, 0, LP },
	{ "trilhão", QW_SCALE, 1e12, 0, LP }, { "trilhao", QW_SCALE, 1e12, 0, LP },
	{ "trilhões", QW_SCALE, 1e12, 0, LP }, { "trilhoes", QW_SCALE, 1e12, 0, LP },
	{ "dúzia", QW_DOZEN, 12, 0, LP }, { "duzia", QW_DOZEN, 12, 0, LP },
	{ "dúzias", QW_DOZEN, 12, 0, LP }, { "duzias", QW_DOZEN, 12, 0, LP },
	{ "dezena", QW_DOZEN, 10, 0, LP }, { "dezenas", QW_DOZEN, 10, 0, LP },
	{ "meio", QW_HALF, 2, 0, LP }, { "meia", QW_HALF, 2, 0, LP }, { "metade", QW_ALONE, 0.5, 0, LP },
	{ "terço", QW_DEN, 3, 0, LP }, { "terços", QW_DEN, 3, 0, LP }, { "terco", QW_DEN, 3, 0, LP },
	{ "tercos", QW_DEN, 3, 0, LP }, { "quarto", QW_DEN, 4, 0, LP }, { "quartos", QW_DEN, 4, 0, LP },
	{ "quinto", QW_DEN, 5, 0, LP }, { "quintos", QW_DEN, 5, 0, LP },
	{ "sexto", QW_DEN, 6, 0, LP }, { "sextos", QW_DEN, 6, 0, LP },
	{ "sétimo", QW_DEN, 7, 0, LP }, { "sétimos", QW_DEN, 7, 0, LP },
	{ "oitavo", QW_DEN, 8, 0, LP }, { "oitavos", QW_DEN, 8, 0, LP },
	{ "nono", QW_DEN, 9, 0, LP }, { "nonos", QW_DEN, 9, 0, LP },
	{ "décimo", QW_DEN, 10, 0, LP }, { "décimos", QW_DEN, 10, 0, LP }, { "decimo", QW_DEN, 10, 0, LP },
	{ "centésimo", QW_DEN, 100, 0, LP }, { "centésimos", QW_DEN, 100, 0, LP },
	{ "centesimo", QW_DEN, 100, 0, LP }, { "centesimos", QW_DEN, 100, 0, LP },
	{ "milésimo", QW_DEN, 1000, 0, LP }, { "milésimos", QW_DEN, 1000, 0, LP },
	{ "milesimo", QW_DEN, 1000, 0, LP }, { "milesimos", QW_DEN, 1000, 0, LP },
	{ "milionésimo", QW_DEN, 1e6, 0, LP }, { "milionesimo", QW_DEN, 1e6, 0, LP },
	{ "bilionésimo", QW_DEN, 1e9, 0, LP }, { "bilionesimo", QW_DEN, 1e9, 0, LP },
	{ "bilionesimos", QW_DEN, 1e9, 0, LP }, { "bilionésimos", QW_DEN, 1e9, 0, LP },
	{ "e", QW_JOIN, 0, 0, LP }, { "com", QW_JOIN, 0, 0, LP }, { "vírgula", QW_POINT, 0, 0, LP }, { "virgula", QW_POINT, 0, 0, LP },
	/* currencies: names after (or before) a number */
	{ "yuan", QW_CUR, 0, "CNY", LA }, { "yuans", QW_CUR, 0, "CNY", LA },
	{ "rmb", QW_CUR, 0, "CNY", LA }, { "cny", QW_CUR, 0, "CNY", LA },
	{ "renminbi", QW_CUR, 0, "CNY", LA }, { "chinese yuan", QW_CUR, 0, "CNY", LA },
	{ "kuai", QW_CUR, 0, "CNY", LA },
	{ "usd", QW_CUR, 0, "USD", LA }, { "dollar", QW_CUR, 0, "USD", LA }, { "dollars", QW_CUR, 0, "USD", LA },
	{ "us dollar", QW_CUR, 0, "USD", LA }, { "us dollars", QW_CUR, 0, "USD", LA },
	{ "u.s. dollars", QW_CUR, 0, "USD", LA }, { "american dollars", QW_CUR, 0, "USD", LA },
	{ "dólar", QW_CUR, 0, "USD", LA }, { "dólares", QW_CUR, 0, "USD", LA },
	{ "dolar", QW_CUR, 0, "USD", LA }, { "dolares", QW_CUR, 0, "USD", LA },
	{ "dólares americanos", QW_CUR, 0, "USD", LA }, { "dólar americano", QW_CUR, 0, "USD", LA },
	{ "dólares estadunidenses", QW_CUR, 0, "USD", LA },
	{ "musd", QW_CUR, 1e6, "USD", LA }, { "meur", QW_CUR, 1e6, "EUR", LA },
	{ "mgbp", QW_CUR, 1e6, "GBP", LA }, { "maud", QW_CUR, 1e6, "AUD", LA },
	{ "hong kong dollars", QW_CUR, 0, "HKD", LA }, { "hk dollars", QW_CUR, 0, "HKD", LA },
	{ "hkd", QW_CUR, 0, "HKD", LA }, { "dólares de hong kong", QW_CUR, 0, "HKD", LA },
	{ "australian dollars", QW_CUR, 0, "AUD", LA }, { "aud", QW_CUR, 0, "AUD", LA },
	{ "dólares australianos", QW_CUR, 0, "AUD", LA },
	{ "canadian dollars", QW_CUR, 0, "CAD", LA }, { "cad", QW_CUR, 0, "CAD", LA },
	{ "dólares canadenses", QW_CUR, 0, "CAD", LA },
	{ "eur", QW_CUR, 0, "EUR", LA }, { "euro", QW_CUR, 0, "EUR", LA }, { "euros", QW_CUR, 0, "EUR", LA },
	{ "gbp", QW_CUR, 0, "GBP", LA }, { "pound", QW_CUR, 0, "GBP", LA }, { "pounds", QW_CUR, 0, "GBP", LA },
	{ "pounds sterling", QW_CUR, 0, "GBP", LA }, { "libra", QW_CUR, 0, "GBP", LA },
	{ "libras", QW_CUR, 0, "GBP", LA }, { "libras esterlinas", QW_CUR, 0, "GBP", LA },
	{ "pence", QW_CUR, 0, "GBX", LA }, { "penny", QW_CUR, 0, "GBX", LA }, { "penies", QW_CUR, 0, "GBX", LA },
	{ "jpy", QW_CUR, 0, "JPY", LA }, { "yen", QW_CUR, 0, "JPY", LA }, { "yenes", QW_CUR, 0, "JPY", LA },
	{ "ienes", QW_CUR, 0, "JPY", LA }, { "iene", QW_CUR, 0, "JPY", LA },
	{ "brl", QW_CUR, 0, "BRL", LA }, { "real", QW_CUR, 0, "BRL", LP }, { "reais", QW_CUR, 0, "BRL", LA },
	{ "chf", QW_CUR, 0, "CHF", LA }, { "swiss francs", QW_CUR, 0, "CHF", LA },
	{ "francos suíços", QW_CUR, 0, "CHF", LA }, { "francos suicos", QW_CUR, 0, "CHF", LA },
	{ "francs", QW_CUR, 0, "FRF", LA }, { "francos", QW_CUR, 0, "FRF", LA },
	{ "cents", QW_CUR, 0, "USX", LE }, { "cent", QW_CUR, 0, "USX", LE },
	{ "centavos", QW_CUR, 0, "USX", LP }, { "centavo", QW_CUR, 0, "USX", LP },
	{ "krw", QW_CUR, 0, "KRW", LA }, { "won", QW_CUR, 0, "KRW", LE },
	{ "inr", QW_CUR, 0, "INR", LA }, { "rupees", QW_CUR, 0, "INR", LA }, { "rúpias", QW_CUR, 0, "INR", LA },
	{ "twd", QW_CUR, 0, "TWD", LA }, { "sgd", QW_CUR, 0, "SGD", LA }, { "mxn", QW_CUR, 0, "MXN", LA },
	{ "turkish lira", QW_CUR, 0, "TRY", LA }, { "pesetas", QW_CUR, 0, "ESP", LA },
	{ "finnish markka", QW_CUR, 0, "FIM", LA }, { "marcos finlandeses", QW_CUR, 0, "FIM", LA },
	{ "dutch guilders", QW_CUR, 0, "NLG", LA }, { "florins holandeses", QW_CUR, 0, "NLG", LA },
	{ "btc", QW_CUR, 0, "BTC", LA }, { "bitcoin", QW_CUR, 0, "BTC", LA }, { "bitcoins", QW_CUR, 0, "BTC", LA },
	/* percent words */
	{ "percent", QW_PCT, 0, 0, LE }, { "per cent", QW_PCT, 0, 0, LE }, { "percents", QW_PCT, 0, 0, LE },
	{ "percentage", QW_PCT, 0, 0, LE }, { "pct", QW_PCT, 0, 0, LE }, { "por cento", QW_PCT, 0, 0, LP },
	{ "percentage points", QW_PCT, 1, 0, LE }, { "percentage point", QW_PCT, 1, 0, LE },
	{ "pontos percentuais", QW_PCT, 1, 0, LP }, { "ponto percentual", QW_PCT, 1, 0, LP },
	/* qualifiers before a number */
	{ "more than", QW_QUAL, 0, ">", LE }, { "over", QW_QUAL, 0, ">", LE },
	{ "exceeds", QW_QUAL, 0, ">", LE }, { "exceeded", QW_QUAL, 0, ">", LE },
	{ "exceeding", QW_QUAL, 0, ">", LE }, { "exceed", QW_QUAL, 0, ">", LE },
	{ "above", QW_QUAL, 0, ">", LE }, { "upwards of", QW_QUAL, 0, ">", LE },
	{ "in excess of", QW_QUAL, 0, ">", LE }, { "surpassed", QW_QUAL, 0, ">", LE },
	{ "surpassing", QW_QUAL, 0, ">", LE }, { "topped", QW_QUAL, 0, ">", LE },
	{ "surpass", QW_QUAL, 0, ">", LE }, { "surpasses", QW_QUAL, 0, ">", LE },
	{ "to top", QW_QUAL, 0, ">", LE }, { "will top", QW_QUAL, 0, ">", LE },
	{ "at least", QW_QUAL, 0, ">=", LE }, { "no less than", QW_QUAL, 0, ">=", LE },
	{ "not less than", QW_QUAL, 0, ">=", LE }, { "no fewer than", QW_QUAL, 0, ">=", LE },
	{ "a minimum of", QW_QUAL, 0, ">=", LE },
	{ "about", QW_QUAL, 0, "~", LE }, { "around", QW_QUAL, 0, "~", LE }, { "nearly", QW_QUAL, 0, "~", LE },
	{ "almost", QW_QUAL, 0, "~", LE }, { "approximately", QW_QUAL, 0, "~", LE },
	{ "roughly", QW_QUAL, 0, "~", LE }, { "close to", QW_QUAL, 0, "~", LE },
	{ "some", QW_QUAL, 0, "~", LE }, { "an estimated", QW_QUAL, 0, "~", LE },
	{ "approx.", QW_QUAL, 0, "~", LE }, { "circa", QW_QUAL, 0, "~", LE },
	{ "up to", QW_QUAL, 0, "<=", LE }, { "at most", QW_QUAL, 0, "<=", LE },
	{ "no more than", QW_QUAL, 0, "<=", LE }, { "not more than", QW_QUAL, 0, "<=", LE },
	{ "as many as", QW_QUAL, 0, "<=", LE }, { "as much as", QW_QUAL, 0, "<=", LE },
	{ "a maximum of", QW_QUAL, 0, "<=", LE },
	{ "less than", QW_QUAL, 0, "<", LE }, { "fewer than", QW_QUAL, 0, "<", LE },
	{ "under", QW_QUAL, 0, "<", LE }, { "below", QW_QUAL, 0, "<", LE },
	{ "mais de", QW_QUAL, 0, ">", LP }, { "mais do que", QW_QUAL, 0, ">", LP },
	{ "acima de", QW_QUAL, 0, ">", LP }, { "superior a", QW_QUAL, 0, ">", LP },
	{ "excedeu", QW_QUAL, 0, ">", LP }, { "excede", QW_QUAL, 0, ">", LP },
	{ "ultrapassou", QW_QUAL, 0, ">", LP }, { "ultrapassa", QW_QUAL, 0, ">", LP },
	{ "superou", QW_QUAL, 0, ">", LP }, { "supera", QW_QUAL, 0, ">", LP },
	{ "ultrapassaram", QW_QUAL, 0, ">", LP }, { "ultrapassam", QW_QUAL, 0, ">", LP },
	{ "ultrapassar", QW_QUAL, 0, ">", LP }, { "ultrapassará", QW_QUAL, 0, ">", LP },
	{ "superaram", QW_QUAL, 0, ">", LP }, { "superam", QW_QUAL, 0, ">", LP },
	{ "superar", QW_QUAL, 0, ">", LP }, { "superará", QW_QUAL, 0, ">", LP },
	{ "excederam", QW_QUAL, 0, ">", LP }, { "exceder", QW_QUAL, 0, ">", LP },
	{ "excederá", QW_QUAL, 0, ">", LP },
	{ "pelo menos", QW_QUAL, 0, ">=", LP }, { "no mínimo", QW_QUAL, 0, ">=", LP },
	{ "ao menos", QW_QUAL, 0, ">=", LP }, { "não menos que", QW_QUAL, 0, ">=", LP },
	{ "não menos de", QW_QUAL, 0, ">=", LP },
	{ "cerca de", QW_QUAL, 0, "~", LP }, { "aproximadamente", QW_QUAL, 0, "~", LP },
	{ "quase", QW_QUAL, 0, "~", LP }, { "em torno de", QW_QUAL, 0, "~", LP },
	{ "perto de", QW_QUAL, 0, "~", LP }, { "uns", QW_QUAL, 0, "~", LP }, { "umas", QW_QUAL, 0, "~", LP },
	{ "por volta de", QW_QUAL, 0, "~", LP },
	{ "até", QW_QUAL, 0, "<=", LP }, { "no máximo", QW_QUAL, 0, "<=", LP },
	{ "menos de", QW_QUAL, 0, "<", LP }, { "abaixo de", QW_QUAL, 0, "<", LP },
	{ "inferior a", QW_QUAL, 0, "<", LP },
};

#define HSIZE 2048

static const struct qword *htab[HSIZE];
static unsigned char hlen[HSIZE];  /* strlen of htab's words */
static int hready;

/* The slot of the N bytes at S: the project's hash, masked. */
static unsigned
slot(const char *s, size_t n)
{
	return (unsigned)(hash_bytes(s, n) & (HSIZE - 1));
}

/*
 * The first words of the entries ("more" of "more than"), each with the
 * types its entries have per language (bit 1 << type in types[0] for LE,
 * [1] for LZ, [2] for LP): a word that starts no entry of the type wanted
 * ends a lookup at once, and most words of a text start none.
 */
struct first {
	const char *w;
	size_t n;
	unsigned types[3];
	int maxw;           /* words in the longest entry it starts */
};

static struct first firsts[sizeof words / sizeof words[0]];
static struct first *ftab[HSIZE];

/*
 * Before the hash: bit N of flt[A][B] is set when a first word of N bytes
 * (31: more) starts with a byte A and ends with a byte B (both taken
 * modulo 32, which keeps the letters apart and the table in 4 KB).  Most
 * words of a text find their bit clear.
 */
static uint32_t flt[32][32];

static uint32_t
fltbit(size_t n)
{
	return 1u << (n < 31 ? n : 31);
}

static void
hbuild(void)
{
	size_t i, n, nf = 0;
	unsigned h;
	struct first *f;
	const char *sp;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		h = slot(words[i].w, strlen(words[i].w));
		while (htab[h])
			h = (h + 1) & (HSIZE - 1);
		htab[h] = &words[i];
		hlen[h] = (unsigned char)strlen(words[i].w);
		sp = strchr(words[i].w, ' ');
		n = sp ? (size_t)(sp - words[i].w) : strlen(words[i].w);
		for (h = slot(words[i].w, n); (f = ftab[h]); h = (h + 1) & (HSIZE - 1))
			if (f->n == n && !memcmp(f->w, words[i].w, n))
				break;
		if (!f) {
			f = ftab[h] = &firsts[nf++];
			f->w = words[i].w;
			f->n = n;
			flt[(unsigned char)f->w[0] & 0x1F][(unsigned char)f->w[n - 1] & 0x1F] |= fltbit(n);
		}
		{
			int nw = 1;

			for (sp = words[i].w; (sp = strchr(sp, ' ')); sp++)
				nw++;
			if (nw > f->maxw)
				f->maxw = nw;
		}
		if (words[i].langs & LE)
			f->types[0] |= 1u << words[i].type;
		if (words[i].langs & LZ)
			f->types[1] |= 1u << words[i].type;
		if (words[i].langs & LP)
			f->types[2] |= 1u << words[i].type;
	}
	hready = 1;
}

/*
 * May an entry of type T (0: any) in language bits L start with the N
 * bytes at W?  Their first-word entry, or NULL.
 */
static const struct first *
hfirst(const char *w, size_t n, int l, int t)
{
	unsigned h, m = 0;
	const struct first *f;

	if (!hready)
		hbuild();
	if (n == 0 || !(flt[(unsigned char)w[0] & 0x1F][(unsigned char)w[n - 1] & 0x1F] & fltbit(n)))
		return NULL;
	for (h = slot(w, n); (f = ftab[h]); h = (h + 1) & (HSIZE - 1))
		if (f->n == n && memcmp(f->w, w, n) == 0) {
			if (l & LE)
				m |= f->types[0];
			if (l & LZ)
				m |= f->types[1];
			if (l & LP)
				m |= f->types[2];
			return (t ? (m >> t) & 1 : m != 0) ? f : NULL;
		}
	return NULL;
}

/* The entry for the N bytes at W in language bit L (and of type T when T). */
static const struct qword *
hget(const char *w, size_t n, int l, int t)
{
	unsigned h;
	const struct qword *e;

	if (!hready)
		hbuild();
	if (n == 0 || n > 40)
		return NULL;
	for (h = slot(w, n); (e = htab[h]); h = (h + 1) & (HSIZE - 1))
		if (hlen[h] == n && memcmp(e->w, w, n) == 0 && (e->langs & l) &&
		    (!t || e->type == t))
			return e;
	return NULL;
}


int
qword_starts(const char *w, size_t n, int l, int t)
{
	return hfirst(w, n, l, t) != NULL;
}

int
qword_lbit(const struct qs *s)
{
	return s->lang == QT_PT ? LP : s->lang == QT_ZH ? LZ | LE : LE;
}

size_t
qword_wend(const struct qs *s, size_t j)
{
	size_t we = qs_wend(s, j);

	while (we < s->n && s->f[we] == '.' && we + 1 < s->n && qs_wordc(s, we + 1) && we - j <= 2)
		we = qs_wend(s, we + 1);
	return we;
}

const struct qword *
qword_at(const struct qs *s, size_t i, int t, size_t *e)
{
	char key[64];
	size_t ends[3], lens[3], k = 0, j = i, we, kl = 0, m;
	const struct qword *w;
	const struct first *f;
	int n, maxw = 3;

	if (i >= s->n || !qs_wordc(s, i) || (i > 0 && qs_wordc(s, i - 1)))
		return NULL;
	for (n = 0; n < maxw; n++) {
		we = qword_wend(s, j);
		if (we == j)
			break;
		if (kl + (we - j) + 2 >= sizeof key)
			break;
		if (n == 0) {
			/* no entry starts with this word, or none has more than maxw words */
			if (!(f = hfirst(s->lc + j, we - j, qword_lbit(s), t)))
				return NULL;
			maxw = f->maxw < 3 ? f->maxw : 3;
		}
		if (n)
			key[kl++] = ' ';
		memcpy(key + kl, s->lc + j, we - j);
		kl += we - j;
		lens[k] = kl;
		ends[k++] = we;
		m = qs_skipsp(s, we);
		if (m == we || m >= s->n || !qs_wordc(s, m))
			break;
		j = m;
	}
	/* three words, then two, then one */
	while (k > 0) {
		if ((w = hget(key, lens[k - 1], qword_lbit(s), t))) {
			*e = ends[k - 1];
			return w;
		}
		k--;
	}
	return NULL;
}
