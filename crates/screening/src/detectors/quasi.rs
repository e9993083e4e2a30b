//! Quasi-identifiers (OTHER): details that name no one but narrow the writer down to a few people — being the
//! only one of a kind somewhere ("the only vicar in the diocese", "die einzige Hebamme im Dorf"), a family
//! business ("we have a small garage", "Papa has a medical store", "अब्बू की इलेक्ट्रॉनिक्स की दुकान"), or a
//! drive held for the patient that the local news may have covered ("ran a swab drive for me", "it was on the
//! news").
//!
//! These are judgement calls, so the rules are few, need a cue and report a moderate confidence.

use std::sync::LazyLock;

use super::{Context, re};
use crate::pattern::Pattern;
use crate::{Category, Hit};

/// "the only vicar in the diocese who rides a Triumph", "die einzige Hebamme in der Uckermark": the only one of
/// a kind *in a place*, which is what makes it identifying ("the only way", "the only problem" have no place).
static ONLY_ONE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+only|die\s+einzige|der\s+einzige|das\s+einzige|le\s+seul|la\s+seule|l'unique|el\s+único|la\s+única|l'unic[oa]|o\s+único|a\s+única|jedyn[ayą]|de\s+enige|het\s+enige)\s+([^\s\d.,;:!?()]+)(?:\s+[^\s\d.,;:!?()]+){0,2}?\s+(?:in|im|of|at|on|auf|an|am|du|de|dans|en|del|della|nel|nella|na|no|do|da|w|we|van|op)\s+(?:the|der|dem|den|des|la|le|les|el|il|lo|a|o|het|de|ganzen|whole|our|unserer|unserem)\b[^.,;:!?\n]{1,50}",
    )
});

/// A small family business: "we have a small garage", "I run a little bed and breakfast", "Papa has a medical
/// store", "ran his fish and chip shop", "my uncle's bakery", "einen Dönerladen", "la pizzeria di famiglia".
static BUSINESS: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?ix)
        \b(?:run|runs|ran|running|have|has|had|own|owns|owned|kept|keep|keeps|work\s+in|works\s+in|worked\s+in)\s+
          (?:a|an|our|my|his|her|their)\s+
          ((?:[^\s\d.,;:!?()]+\s+){0,3}?(?:shop|store|salon|bakery|garage|restaurant|café|cafe|pub|takeaway|bed\s+and\s+breakfast|
             guesthouse|guest\s+house|vineyard|winery|workshop|pizzeria|kiosk|butcher's|pharmacy|chemist's|print\s+shop|
             printing\s+press|tea\s+stall|dhaba)\b(?:\s+selling\s+[^\s\d.,;:!?()]+)?)
      | \b(?:habe|hat|haben|hatte|hatten|betreibe|betreibt|betreiben|führe|führt|führen)\s+(?:einen|eine|ein|unseren|unsere|seinen|seine|ihren|ihre)\s+
          ((?:kleinen?\s+)?[^\s\d.,;:!?()]*(?:laden|geschäft|bäckerei|metzgerei|werkstatt|wirtshaus|gasthaus|gasthof|kneipe|imbiss|kiosk|friseursalon|weingut|pension))\b
      | \b(?:in|im|bei)\s+(?:einem|einer|unserem|unserer|meinem|meiner)\s+((?:kleinen?\s+)?[^\s\d.,;:!?()]*(?:laden|bäckerei|metzgerei|werkstatt|wirtshaus|gasthaus|gasthof|kneipe|imbiss|weingut))\b
      | \b((?:pizzeria|trattoria|osteria|bottega|panetteria|forno|negozio|boulangerie|boucherie|épicerie|restaurant|bistrot|
             tienda|panadería|taller|bar|restaurante|loja|padaria|oficina|sklep|piekarnia|warsztat|winkel|bakkerij|café|
             zaak|garage)\s+(?:di|de|da|do|del|della|van)\s+(?:famiglia|família|familia|famille|mio\s+padre|mi\s+padre|mon\s+père|
             meu\s+pai|mijn\s+vader|rodzin\w+))\b
      | ((?:[^\s\d.,;:!?()।]+\s+){1,2}(?:की|का)\s+(?:छोटी\s+सी\s+)?(?:दुकान|दूकान|कारोबार|धंधा|व्यापार))
      | ((?:[^\s\d.,;:!?()।]+\s+){1,3}(?:छोटा\s+सा\s+|छोटी\s+सी\s+)?(?:कारोबार|धंधा))
    ")
});

/// A drive held for the patient, or a story that reached the news: "ran a swab drive for me", "held a registry
/// drive … at the mosque", "eine Typisierungsaktion in der Moschee", "it was on the news", "kam sogar im
/// Fernsehen".
static EVENT: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?ix)
        \b(?:held|ran|organi[sz]ed|hosted|put\s+on|did|arranged)\s+(?:a|an)\s+
          ((?:[^\s\d.,;:!?()]+\s+)?(?:drive|campaign|fundraiser|head\s+shave)\s+(?:for\s+(?:me|us|my\s+[^\s\d.,;:!?()]+)|at\s+(?:a|an|the)\s+(?:[^\s\d.,;:!?()]+\s+)?(?:game|match|mosque|temple|church|gurdwara|synagogue|club))
           (?:\s+(?:at|in)\s+(?:a|an|the|our)\s+(?:[^\s\d.,;:!?()]+\s+)?[^\s\d.,;:!?()]+)?)
      | \b(?:eine|die)\s+((?:Typisierungsaktion|Registrierungsaktion|Spenderaktion)(?:\s+für\s+[^\s\d.,;:!?()]+)?\s+(?:in|im|an|am|auf)\s+(?:der|dem|einer)\s+[^\s\d.,;:!?()]+)
      | \b((?:was|were|got|made\s+it)\s+(?:even\s+)?(?:on|in|into)\s+(?:the\s+)?(?:local\s+)?(?:news|newspaper|paper|papers|telly|TV|television|radio))\b
      | \b((?:kam|war|stand|waren)\s+(?:sogar\s+|auch\s+)?(?:im|in\s+der)\s+(?:[^\s\d.,;:!?()]+\s+)?[^\s\d.,;:!?()]*(?:fernsehen|zeitung|radio|nachrichten))\b
      | \b((?:salió|salimos|salí|apareció|aparecimos|passé|passée|passés|finiti|finito|siamo\s+stati|saímos|saiu|apareceu|kwam|kwamen|stond|stonden)
            \s+(?:[^\s\d.,;:!?()]+\s+)?(?:à\s+la\s+télé|dans\s+le\s+journal|au\s+journal|en\s+el\s+periódico|en\s+la\s+tele|in\s+tv|sul\s+giornale|al\s+telegiornale|
            na\s+tv|no\s+jornal|na\s+televisão|w\s+telewizji|w\s+gazecie|in\s+de\s+krant|op\s+tv|op\s+het\s+nieuws))\b
    ")
});

/// Words after "the only" that name no role: "the only way in the world", "the only thing in my head".
const NOT_A_ROLE: &[&str] = &[
    "way",
    "thing",
    "things",
    "one",
    "ones",
    "time",
    "reason",
    "problem",
    "chance",
    "hope",
    "person",
    "people",
    "option",
    "cure",
    "match",
    "question",
    "difference",
    "place",
    "light",
    "good",
    "word",
    "words",
    "moment",
    "weg",
    "ding",
    "sache",
    "chance",
    "hoffnung",
    "möglichkeit",
    "person",
    "chose",
    "fois",
    "raison",
    "espoir",
    "cosa",
    "vez",
    "razón",
    "esperanza",
    "speranza",
    "volta",
    "coisa",
    "esperança",
    "rzecz",
    "szansa",
    "nadzieja",
];

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    for c in ONLY_ONE.captures_iter(text) {
        let (Some(m), Some(noun)) = (c.get(0), c.get(1)) else { continue };
        if NOT_A_ROLE.contains(&noun.as_str().to_lowercase().as_str()) {
            continue;
        }
        let end = m.start() + m.as_str().trim_end().len();
        hits.push(Hit::new(m.start(), end, Category::Other, 0.5, "the only one of a kind in a place"));
    }
    for (p, reason) in [(&*BUSINESS, "a family business"), (&*EVENT, "an event about the writer (a drive, the news)")] {
        for c in p.captures_iter(text) {
            if let Some(m) = c.iter().skip(1).flatten().next() {
                // A business with its name given ("a small bakery called Sweet Crumbs") is flagged by its name.
                let after = text[m.end()..].trim_start();
                if ["called", "named", "namens", "appelé", "llamad", "chiamat", "chamad", "genaamd"]
                    .iter()
                    .any(|w| after.starts_with(w))
                {
                    continue;
                }
                hits.push(Hit::new(m.start(), m.end(), Category::Other, 0.5, reason));
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenise;

    fn found(text: &str) -> Vec<String> {
        let toks = tokenise(text);
        let ctx = Context::new(text, &toks, None);
        detect(&ctx).into_iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn quasi_identifiers() {
        assert_eq!(found("I am the only farrier in the valley."), ["the only farrier in the valley"]);
        assert_eq!(found("Sie ist die einzige Tierärztin im ganzen Tal."), ["die einzige Tierärztin im ganzen Tal"]);
        assert_eq!(found("My parents run a little bakery in town."), ["little bakery"]);
        assert_eq!(found("the church held a swab drive for me."), ["swab drive for me"]);
        assert_eq!(found("Our story was on the local news."), ["was on the local news"]);
        assert!(found("That was the only way out. I have a lot of time.").is_empty());
    }
}
