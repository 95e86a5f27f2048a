/**
 * Hong Kong (Cantonese) romanised names as the Hong Kong Immigration Department writes them on identity
 * cards: a surname and two given syllables ("Chan Tai Man", "CHAN Siu Ming"). Source: see README.md here.
 * Space-separated to keep the file small and reviewable; split once at module load.
 */
const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Frequent Hong Kong surnames in the Immigration Department's romanisation. */
export const HONG_KONG_SURNAMES = words(`
Chan Wong Leung Cheung Lau Lee Ng Ho Tsang Lam Yip Chow Kwok Tang Fung Tse Chu Yeung Mak Lai Cheng Siu Lo Choi Kwan Poon
Au Tam Tsui Ip Yuen Sze Chung Kong Hui Fong Shek Mok Lui Pang Tong Chiu Chong Ko Kam Chau Kwong Liu Lok Ma Hung Ling Wu
Yau Cho Chin Tung Yiu Tsoi Lun Lum Leong Tsai Kan Ku Yim Ngai Ngan Wan Law Man So Hon
`);

/** Surnames that are also ordinary English words: only written in capitals do they open a name ("SO Wai Kit"). */
export const HONG_KONG_SURNAMES_ENGLISH_WORDS = words(`Law Man So Hon Wan Ku Ko Lo`);

/** Syllables frequent in Hong Kong given names. */
export const HONG_KONG_GIVEN_SYLLABLES = words(`
Tai Man Ka Ming Siu Chi Keung Mei Ling Wai Kin Hung Kwok Yee Fai Shing Ho Yan Wing Kit Lok Chun Sum Yuk Lai Kwan Yin Fung
Wah Hing Kei Kam Kong Pui Shan Suet Sin Hoi Hei Tsz Chung Cheuk Chiu Hon Hin Lun Mun Nam On Po Sau Sze Tak Ting Tung Wan
Wang Wun Yau Yat Yiu Yu Yue Yuen Yung Lam Lap Lik Lin Long Mo Ngai Oi Pak Ping Sang Shu Shun Tim To Tsun Wa Wo Yeung
Yim Ying Choi Chuen Fat Fu Hang Hok Kai Kar King Kiu Kuen Kwai Kwong Leung Lung Ngan Chak Cheong Chau Cheung Chee Hau Sai
Ching Chiu Fong Hoi Kuen Mei Nga Sui Tin Wong Yee Yung
`);
