package org.verbatim.core.quote;

import java.util.regex.Pattern;

/** The verbs and phrases that introduce reported speech, as regular-expression pieces. */
final class SpeechVerbs {

    private SpeechVerbs() {}

    static final String SIMPLE = "(?:said|says|say|saying|told|tells|tell|added|adds|wrote|writes|stated|states"
            + "|explained|explains|claimed|claims|claim|insisted|insists|noted|notes|argued|argues|declared"
            + "|declares|announced|announces|asked|asks|replied|replies|responded|responds|continued|continues"
            + "|warned|warns|tweeted|tweets|posted|posts|commented|comments|remarked|remarks|recalled|recalls"
            + "|admitted|admits|acknowledged|acknowledges|suggested|suggests|confirmed|confirms|denied|denies"
            + "|joked|jokes|quipped|exclaimed|shouted|cried|urged|urges|promised|promises|vowed|vows|predicted"
            + "|concluded|conceded|asserted|asserts|maintained|maintains|observed|recounted|emphasi[sz]ed"
            + "|stressed|stresses|reiterated|countered|complained|boasted|lamented|mused|whispered|yelled"
            + "|pleaded|demanded|revealed|reveals|testified|wondered|agreed|agrees|thundered|snapped|laughed"
            + "|sighed|went on|pointed out|wrote on|wrote in|said in|added in|told the|adding|writing|tweeting"
            + "|posting|noting|insisting|arguing|explaining|claiming|warning|declaring|asking|stating|recalling"
            + "|quipping|joking|telling|calling|called|calls|accused|accusing|described|describing|dubbed|branded"
            + "|labelled|labeled|thanked|thanks|praised|praises|criticised|criticized|condemned|hailed|welcomed|apologised"
            + "|apologized|threatened|threatens|pledged|pledges|vowing|promising|threatening)";

    /** A speech verb, with passive "quoted as saying" forms, and auxiliaries or adverbs before it. */
    static final String PHRASE = "(?:(?:has|have|had|also|then|later|previously|once|again|further|quickly|simply"
            + "|reportedly|allegedly|publicly|separately|earlier|recently|would|will|later|had|once|angrily"
            + "|calmly|firmly|flatly|bluntly|simply|only|even|then)\\s+)*"
            + "(?<verb>(?:was|were|is|are|has been|had been)\\s+(?:quoted|cited|heard)(?:\\s+by\\s+[^,.;:\"\u201C\u201D]{1,60}?)?"
            + "\\s+as\\s+(?:saying|telling\\s+\\S+)|told\\s+(?:reporters|journalists|the\\s+[\\w-]+|[\\p{Lu}][\\w.&-]*"
            + "(?:\\s+[\\p{Lu}][\\w.&-]*){0,3}|him|her|them|us|me|a\\s+[\\w\\s-]{1,30}?)|" + SIMPLE + ")\\b";

    /** A noun phrase that can be a speaker: a pronoun, a description, or a capitalised name. */
    static final String NP = "(?<np>(?i:he|she|they|we|it|I)\\b|(?i:the|a|an|one|another|two|three|several|some|many"
            + "|both|his|her|their|its|our)\\s+[\\w'\u2019-]+(?:\\s+[\\w'\u2019-]+){0,4}?"
            + "|[\\p{Lu}][\\p{L}'\u2019.-]*(?:\\s+(?:(?:de|van|von|der|bin|al|da|di|le|la|del)\\s+)?"
            + "[\\p{Lu}][\\p{L}'\u2019.-]*){0,4})";

    /** After a quote: ", Peskov told reporters." / ", he added." / "Peskov was quoted as saying". */
    static final Pattern AFTER_SPEAKER_VERB = Pattern.compile(
            "^[\\s,.!?\u2014\u2013-]*" + NP + "(?<appos>,\\s+[^,.;:\"\u201C\u201D]{1,80},)?\\s+" + PHRASE);

    /** After a quote: ", said Peskov." / ", says John Smith, a spokesman". */
    static final Pattern AFTER_VERB_SPEAKER = Pattern.compile(
            "^[\\s,.!?\u2014\u2013-]*(?<verb>" + SIMPLE + ")\\s+" + NP + "\\b");

    /** After a quote: ", according to Peskov." */
    static final Pattern AFTER_ACCORDING = Pattern.compile(
            "^[\\s,.!?\u2014\u2013-]*(?<verb>according\\s+to)\\s+" + NP + "\\b", Pattern.CASE_INSENSITIVE);

    /** Anywhere: a speech verb phrase. */
    static final Pattern VERB = Pattern.compile("\\b" + PHRASE);

    /** Before a quote: "According to Peskov, " */
    static final Pattern BEFORE_ACCORDING = Pattern.compile(
            "(?i:according\\s+to)\\s+" + NP + "[^.!?]{0,40}?[,:]\\s*$");

    /** A verb of naming just before a name in quotation marks: "called his rival", "dubbed", "the so-called". */
    static final Pattern NAMING_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:called|calls|calling|dubbed|dubs|nicknamed|branded|labell?ed|termed)"
                    + "(?:\\s+(?:his|her|their|its|the|him|them|it|this|that|our))?(?:\\s+\\p{L}+)?|so-called|known\\s+as)"
                    + "\\s*[\"'\u201C\u2018\u00AB]?\\s*$");

    static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|him|her|them|it|we|i");

    /** A plural noun phrase that opens a sentence: "The pranksters aired ...". */
    static final Pattern PLURAL_SUBJECT = Pattern.compile(
            "^(?:The|These|Those|Two|Three|Four|Several|Some|Both|Many|Most)\\s+(?:[a-z][\\w-]*\\s+){0,2}[a-z][\\w-]*s\\b");
}
