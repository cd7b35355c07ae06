//! People in Korean text that no gazetteer lists: a Korean name beside a
//! title or in a credit ("이조은 기자가 보도합니다", "(영상편집: 조명수)"), and
//! a foreign given name written in Hangul before a surname ("마이클 매콜").
//!
//! - **Korean names**: a word of three Hangul syllables whose first is one
//!   of the 28 family names of [`FAMILY_NAMES`], directly followed by a
//!   title or role word of [`ROLES`] (the next word begins with it, then at
//!   most one particle of `korean_endings.txt`: "기자가", "장관은"; "씨" may
//!   also be glued: "조명수씨"), or standing in a credit: after a label of
//!   [`CREDITS`] and a colon ("영상편집: 조명수"), or after another name of
//!   the same credit and a comma or middle dot, and ending the word there.
//!   A name is never a word that ends in a particle that names do not end
//!   with (의 는 을 를 에 와: "정부의 대변인") nor one of [`NOT_NAMES`],
//!   common words that begin with a family name and stand before a role
//!   ("백악관 대변인", the White House's spokesperson).
//! - **Foreign names**: a given name of [`FOREIGN_GIVEN`] (two syllables at
//!   least: 조, "trillion", and 마크, "mark", are words), one space, then a
//!   surname word of two to five syllables, its particle left out
//!   ("매콜은" is 매콜); not when the surname word is a role ("도널드
//!   대통령") nor when a head word of a place or institution follows
//!   ("조지 워싱턴 대학교").
//!
//! The names end inside [`CONTEXT`] bytes; the rule reads at most that
//! much around them.

use once_cell::sync::Lazy;

use super::CONTEXT;
use super::caseless::{Found, FoundKind};

/// The family names of 300,000 people or more in Statistics Korea's 2015
/// census (30 names, 86.1% of the population; 유 and 조 each stand for two
/// family names written alike in Hangul): the ten most common, with their
/// counts, as the press reported the census release of 2016-09-07 (Hankook
/// Ilbo, Asia Economy: 김 21.5%, 이 14.7%, 박 8.4%, 최, 정, 강, 조, 윤, 장, 임);
/// the next twenty written from the published rankings as remembered, not
/// checked against KOSIS's tables here.
pub(crate) const FAMILY_NAMES: &str = "\
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허";

/// Titles and roles written after a Korean name, as the press writes them.
pub(crate) const ROLES: &str = "\
    기자 특파원 앵커 아나운서 리포터 씨 대통령 부통령 총리 국무총리 장관 차관 부장관 의원 대표 원내대표 \
    위원장 부위원장 대변인 부대변인 교수 의장 대사 총재 부총재 사무총장 회장 사장 국장 실장 비서실장 \
    위원 연구원 박사 변호사 판사 검사 감독 선수 후보 당선인";

/// Labels of a credit: "(영상편집: 조명수)", "(촬영: 안준호)".
pub(crate) const CREDITS: &str = "\
    영상편집 편집 촬영 영상취재 취재 사진 그래픽 구성 진행 번역 연출 글 작가 기자 앵커 리포터 제작 \
    영상 내레이션 자료조사";

/// Words of three syllables that begin with a family name and stand before
/// a role word without being a person.
pub(crate) const NOT_NAMES: &str = "\
    정의당 안보리 백악관 정치인 한국인 조선인 이스라 이라크 이란의 정부측 \
    이사회 장관급 고위급 정상급 전직의 신임의 임시의 안전보 강경파 \
    조사관 정보원 유엔군 한미일 한일의 한국측 조선의 이번주 이날의";

/// The last syllables of words that end in a particle names do not end
/// with ("정부의", "이들은" keeps: 은 ends names such as 이조은).
const PARTICLE_ENDS: &str = "의 는 을 를 에 와";

/// Given names of foreign people written in Hangul as the press writes them
/// (the National Institute of the Korean Language's loanword spellings), and
/// the first words of our people's Korean aliases (블라디미르, 도널드, 마코,
/// 볼로디미르).
pub(crate) const FOREIGN_GIVEN: &str = "\
    마이클 존 제임스 데이비드 로버트 윌리엄 리처드 토머스 조지프 찰스 크리스토퍼 대니얼 매슈 앤서니 \
    토니 앤터니 도널드 스티븐 폴 앤드루 케네스 케빈 브라이언 조지 에드워드 로널드 티머시 제이슨 \
    제프리 라이언 게리 니컬러스 에릭 조너선 저스틴 스콧 브랜던 벤저민 새뮤얼 프랭크 그레고리 \
    레이먼드 패트릭 알렉산더 헨리 애덤 더글러스 피터 월터 해럴드 아서 로런스 빌 브루스 앨버트 \
    마이크 짐 밥 메리 퍼트리샤 제니퍼 린다 엘리자베스 바버라 수전 제시카 세라 캐런 낸시 리사 \
    마거릿 샌드라 에밀리 미셸 캐럴 어맨다 멜리사 레베카 로라 헬렌 캐서린 크리스틴 니콜 레이철 \
    마리아 줄리 빅토리아 켈리 카멀라 힐러리 낸시 블라디미르 볼로디미르 세르게이 드미트리 \
    마코 마르코 에마뉘엘 올라프 프리드리히 안토니우 우르줄라 키어 리시 보리스 베냐민 무함마드 \
    모하메드 압둘라 알리 라피 존 피트 톰 팀 린지 미치 척 케이트 마틴 제이크 일론 레이 찰리";

/// Words after a foreign name that make it the name of a place or an
/// institution.
const HEADS: &str = "\
    대학 대학교 공항 재단 센터 기념관 기념 도서관 병원 연구소 거리 광장 호텔 상 호 스타디움 빌딩";

fn words(list: &'static str) -> Vec<&'static str> {
    let mut words: Vec<&str> = list.split_ascii_whitespace().collect();
    words.sort_unstable();
    words.dedup();
    words
}

static FAMILY: Lazy<Vec<&str>> = Lazy::new(|| words(FAMILY_NAMES));
static ROLE: Lazy<Vec<&str>> = Lazy::new(|| words(ROLES));
static CREDIT: Lazy<Vec<&str>> = Lazy::new(|| words(CREDITS));
static NOT_NAME: Lazy<Vec<&str>> = Lazy::new(|| words(NOT_NAMES));
static GIVEN: Lazy<Vec<&str>> = Lazy::new(|| words(FOREIGN_GIVEN));
static HEAD: Lazy<Vec<&str>> = Lazy::new(|| words(HEADS));

/// The particles of `korean_endings.txt`, the list the Korean word-end rule
/// reads (`korean.rs`).
static PARTICLES: Lazy<Vec<&str>> = Lazy::new(|| {
    let mut list: Vec<&str> = include_str!("korean_endings.txt")
        .lines()
        .filter_map(|l| l.strip_prefix("particle\t"))
        .collect();
    list.sort_unstable();
    list
});

fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// A precomposed Hangul syllable.
fn is_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Where the run of syllables that begins at `start` ends.
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| !is_syllable(c))
        .map_or(text.len(), |(i, _)| start + i)
}

/// The byte offset of syllable `n` of `word` (all syllables: three bytes
/// each).
fn syllable(word: &str, n: usize) -> &str {
    &word[3 * n..3 * n + 3]
}

/// Whether `rest` is nothing or one particle.
fn particle_or_nothing(rest: &str) -> bool {
    rest.is_empty() || listed(&PARTICLES, rest)
}

/// Whether the word after `end` (one space) begins with a role, then at most
/// a particle ("기자가"), or is 전 or 현 (former, current) before one.
fn role_follows(text: &str, end: usize) -> bool {
    let Some(next) = next_word(text, end) else {
        return false;
    };
    let word = &text[next..word_end(text, next)];
    if matches!(word, "전" | "현") {
        return role_follows(text, next + word.len());
    }
    ROLE.iter()
        .any(|r| word.strip_prefix(r).is_some_and(particle_or_nothing))
}

/// Where the word of syllables after one space from `end` begins.
fn next_word(text: &str, end: usize) -> Option<usize> {
    let next = end + text[end..].strip_prefix(' ').map(|_| 1)?;
    text[next..]
        .chars()
        .next()
        .filter(|&c| is_syllable(c))
        .map(|_| next)
}

/// Whether the name at `start` stands in a credit: a label and a colon
/// before it, or another name of the credit and a separator (at most four
/// names back, within [`CONTEXT`] bytes).
fn in_credit(text: &str, start: usize) -> bool {
    let mut floor = start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut at = start;
    for _ in 0..5 {
        let head = text[floor..at].trim_end_matches(' ');
        let Some(sep) = head.chars().next_back() else {
            return false;
        };
        let before = head[..head.len() - sep.len_utf8()].trim_end_matches(' ');
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_syllable(c))
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = &before[word_start..];
        match sep {
            ':' | '：' => return listed(&CREDIT, word),
            ',' | '，' | '、' | '·' | '/' if (2..=4).contains(&word.chars().count()) => {
                at = floor + word_start;
            }
            _ => return false,
        }
    }
    false
}

/// The Korean name at the word `text[start..end]`: where it ends.
fn korean_name(text: &str, start: usize, end: usize) -> Option<usize> {
    let word = &text[start..end];
    if word.len() < 9 || !listed(&FAMILY, syllable(word, 0)) {
        return None;
    }
    let name = &word[..9];
    if listed(&NOT_NAME, name) || PARTICLE_ENDS.split(' ').any(|p| p == syllable(word, 2)) {
        return None;
    }
    let rest = &word[9..];
    let found = if rest.is_empty() {
        role_follows(text, end) || in_credit(text, start)
    } else {
        rest.strip_prefix("씨").is_some_and(particle_or_nothing)
    };
    found.then_some(start + 9)
}

/// The foreign name whose given name is the word `text[start..end]`: where
/// it ends.
fn foreign_name(text: &str, start: usize, end: usize) -> Option<usize> {
    let given = &text[start..end];
    if given.len() < 6 || !listed(&GIVEN, given) {
        return None;
    }
    let next = next_word(text, end)?;
    let next_end = word_end(text, next);
    let word = &text[next..next_end];
    // The surname, its particle left out: the shortest stem of two
    // syllables or more that a particle (or nothing) follows.
    let stem = (2..=5)
        .map(|n| 3 * n)
        .filter(|&n| n <= word.len())
        .find(|&n| particle_or_nothing(&word[n..]))?;
    let surname = &word[..stem];
    if ROLE.iter().any(|r| surname.starts_with(r)) || listed(&GIVEN, surname) {
        return None;
    }
    if stem == word.len()
        && let Some(after) = next_word(text, next_end)
        && HEAD.iter().any(|h| text[after..].starts_with(h))
    {
        return None;
    }
    let end = next + stem;
    (end - start <= CONTEXT).then_some(end)
}

/// Pushes to `out` the Korean and foreign names of `text` whose start
/// `keep` accepts.
pub(super) fn find(text: &str, keep: &impl Fn(usize) -> bool, out: &mut Vec<Found>) {
    if !super::caseless::any_byte(text.as_bytes(), |b| (0xEA..=0xED).contains(&b)) {
        return;
    }
    let mut at = 0;
    // A syllable's first byte is 0xEA to 0xED, which only begin
    // characters: the bytes between are skipped without decoding.
    let starts_syllable =
        |i: usize| (0xEA..=0xED).contains(&text.as_bytes()[i]) && text[i..].starts_with(is_syllable);
    while let Some(i) = (at..text.len()).find(|&i| starts_syllable(i)) {
        let start = i;
        let end = word_end(text, start);
        at = end;
        let name_end = korean_name(text, start, end).or_else(|| foreign_name(text, start, end));
        if let Some(name_end) = name_end
            && keep(start)
        {
            out.push(Found {
                start,
                end: name_end,
                kind: FoundKind::Name(None),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &|_| true, &mut out);
        out.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn korean_names_beside_a_role_or_in_a_credit() {
        assert_eq!(names("이조은 기자가 보도합니다."), ["이조은"]);
        assert_eq!(names("(영상편집: 조명수)"), ["조명수"]);
        assert_eq!(names("(촬영: 김철수, 이영희)"), ["김철수", "이영희"]);
        assert_eq!(names("조명수씨가 말했다"), ["조명수"]);
        assert_eq!(names("박민수 전 장관은"), ["박민수"]);
        assert_eq!(names("마이클 매콜 하원 외교위원장은"), ["마이클 매콜"]);
        assert_eq!(names("마이클 매콜은"), ["마이클 매콜"]);
    }

    #[test]
    fn words_that_look_like_names() {
        assert!(names("정부의 대변인").is_empty(), "a particle ends the word");
        assert!(names("백악관 대변인은").is_empty(), "a listed common word");
        assert!(
            names("이조은 씨름").is_empty(),
            "the role is only the start of a word"
        );
        assert!(names("조명수 말했다").is_empty(), "no role");
        assert!(names("나명수 기자").is_empty(), "not a family name of the list");
        assert!(names("이조은 기자의 보도에서 이조은 말했다").len() == 1);
        assert!(names("조지 워싱턴 대학교").is_empty(), "a head word");
        assert!(names("도널드 대통령").is_empty(), "a role for a surname");
        assert!(names("(사진 조명수)").is_empty(), "no colon");
    }

    #[test]
    fn the_lists_are_sorted_syllables() {
        assert_eq!(FAMILY.len(), 28);
        for word in NOT_NAME.iter() {
            assert_eq!(word.chars().count(), 3, "{word}");
            assert!(
                listed(&FAMILY, syllable(word, 0)),
                "{word} begins with no family name"
            );
        }
        assert!(FAMILY.iter().all(|f| f.chars().count() == 1));
        assert!(PARTICLES.contains(&"가") && PARTICLES.len() > 50);
    }
}
