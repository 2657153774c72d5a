//! Class and id words of other languages, read as the English words the rest of the core knows.
//!
//! Sites name their parts in their own language: "comentarios", "publicidad", "rodape",
//! "artikel", "fenxiang". The clutter tables, the article choice's class hints, the byline
//! search and the block model's vocabulary are written in English words, so without this a
//! Spanish site's `<div id="comentarios">` was read as a name saying nothing. [`in_english`]
//! gives the English word for one whole class/id word (a part between `-`, `_` and spaces,
//! any ASCII case), and each of those readers asks it before matching.
//!
//! It does not split compounds or camelCase, transliterate, or guess: a word not in
//! [`OTHER_LANGUAGES`] is left as it is. Words that mean something else in some language or
//! in page markup ("pub", "pie", "data", "lateral", "abonnement") are left out on purpose.

use crate::patterns::LazyKeyed;

/// A class/id word of another language and the English word it is read as. The English words
/// are ones the readers know: clutter kinds in `boilerplate::rules::CLASS_TOKENS`, content
/// words in `CONTENT_TOKENS` and the article choice's hints, "author" for bylines.
pub const OTHER_LANGUAGES: &[(&str, &str)] = &[
    // Comments
    ("kommentare", "comments"),
    ("kommentar", "comments"),
    ("kommentarer", "comments"),
    ("comentarios", "comments"),
    ("comentario", "comments"),
    ("comentaris", "comments"),
    ("commentaires", "comments"),
    ("commentaire", "comments"),
    ("commenti", "comments"),
    ("commento", "comments"),
    ("reacties", "comments"),
    ("reactie", "comments"),
    ("komentarze", "comments"),
    ("komentarz", "comments"),
    ("komentare", "comments"),
    ("komentar", "comments"),
    ("komentari", "comments"),
    ("kommentarii", "comments"),
    ("kommentit", "comments"),
    ("yorumlar", "comments"),
    ("yorum", "comments"),
    ("pinglun", "comments"),
    ("comentarii", "comments"),
    ("hozzaszolasok", "comments"),
    ("binhluan", "comments"),
    // Advertising
    ("werbung", "ad"),
    ("anzeige", "ad"),
    ("publicidad", "ad"),
    ("publicidade", "ad"),
    ("publicite", "ad"),
    ("pubblicita", "ad"),
    ("anuncio", "ad"),
    ("anuncios", "ad"),
    ("reklama", "ad"),
    ("reklamy", "ad"),
    ("reklam", "ad"),
    ("reclame", "ad"),
    ("advertentie", "ad"),
    ("advertenties", "ad"),
    ("mainos", "ad"),
    ("annons", "ad"),
    ("annonser", "ad"),
    ("hirdetes", "ad"),
    ("guanggao", "ad"),
    ("iklan", "ad"),
    ("reclama", "ad"),
    ("publicitat", "ad"),
    ("oglas", "ad"),
    ("oglasi", "ad"),
    ("quangcao", "ad"),
    ("kokoku", "ad"),
    ("reklamlar", "ad"),
    // Sharing
    ("teilen", "share"),
    ("compartir", "share"),
    ("compartilhar", "share"),
    ("partilhar", "share"),
    ("partage", "share"),
    ("partager", "share"),
    ("condividi", "share"),
    ("condivisione", "share"),
    ("delen", "share"),
    ("udostepnij", "share"),
    ("sdilet", "share"),
    ("paylas", "share"),
    ("fenxiang", "share"),
    ("bagikan", "share"),
    ("distribuie", "share"),
    ("podijeli", "share"),
    ("megosztas", "share"),
    ("chiase", "share"),
    ("paylasim", "share"),
    // Related, most read, recommended
    ("verwandt", "related"),
    ("verwandte", "related"),
    ("aehnliche", "related"),
    ("relacionadas", "related"),
    ("relacionados", "related"),
    ("relacionada", "related"),
    ("relacionado", "related"),
    ("relacionats", "related"),
    ("connexes", "related"),
    ("correlati", "related"),
    ("correlate", "related"),
    ("gerelateerd", "related"),
    ("gerelateerde", "related"),
    ("powiazane", "related"),
    ("pohozhie", "related"),
    ("ilgili", "related"),
    ("xiangguan", "related"),
    ("meistgelesen", "popular"),
    ("meistgelesene", "popular"),
    ("populares", "popular"),
    ("populaires", "popular"),
    ("popolari", "popular"),
    ("popularne", "popular"),
    ("najpopularniejsze", "popular"),
    ("remen", "popular"),
    ("empfehlungen", "recommended"),
    ("recomendados", "recommended"),
    ("recomendadas", "recommended"),
    ("recommandes", "recommended"),
    ("consigliati", "recommended"),
    ("aanbevolen", "recommended"),
    ("polecane", "recommended"),
    ("tuijian", "recommended"),
    ("seitenleiste", "sidebar"),
    ("terkait", "related"),
    ("berkaitan", "related"),
    ("relacionades", "related"),
    ("souvisejici", "related"),
    ("suvisiace", "related"),
    ("povezano", "related"),
    ("povezani", "related"),
    ("liittyvat", "related"),
    ("relaterade", "related"),
    ("relaterte", "related"),
    ("relaterede", "related"),
    ("kapcsolodo", "related"),
    ("lienquan", "related"),
    ("kanren", "related"),
    ("populer", "popular"),
    // Navigation, breadcrumbs, footers, tags
    ("navegacion", "navigation"),
    ("navegacao", "navigation"),
    ("navigazione", "navigation"),
    ("navigatie", "navigation"),
    ("nawigacja", "navigation"),
    ("hauptmenue", "menu"),
    ("menue", "menu"),
    ("brotkrumen", "breadcrumb"),
    ("filariane", "breadcrumb"),
    ("briciole", "breadcrumb"),
    ("kruimelpad", "breadcrumb"),
    ("migalhas", "breadcrumb"),
    ("fusszeile", "footer"),
    ("rodape", "footer"),
    ("piedepagina", "footer"),
    ("piedepage", "footer"),
    ("stopka", "footer"),
    ("podval", "footer"),
    ("voettekst", "footer"),
    ("schlagworte", "tags"),
    ("schlagwoerter", "tags"),
    ("stichworte", "tags"),
    ("etiquetas", "tags"),
    ("etiquetes", "tags"),
    ("etichette", "tags"),
    ("motscles", "tags"),
    ("trefwoorden", "tags"),
    ("etiketler", "tags"),
    ("biaoqian", "tags"),
    ("paticka", "footer"),
    ("zapati", "footer"),
    ("alatunniste", "footer"),
    ("sidfot", "footer"),
    ("bunntekst", "footer"),
    // Calls to subscribe, breaking news
    ("abonnieren", "subscribe"),
    ("suscribete", "subscribe"),
    ("suscribir", "subscribe"),
    ("abonnez", "subscribe"),
    ("iscriviti", "subscribe"),
    ("abbonati", "subscribe"),
    ("abonneren", "subscribe"),
    ("subskrybuj", "subscribe"),
    ("eilmeldung", "breaking"),
    ("eilmeldungen", "breaking"),
    ("sondakika", "breaking"),
    ("ultimahora", "breaking"),
    ("srochno", "breaking"),
    // The article and its text
    ("inhalt", "content"),
    ("contenido", "content"),
    ("contenu", "content"),
    ("conteudo", "content"),
    ("contenuto", "content"),
    ("inhoud", "content"),
    ("tresc", "content"),
    ("icerik", "content"),
    ("neirong", "content"),
    ("zhengwen", "content"),
    ("artikel", "article"),
    ("articulo", "article"),
    ("articolo", "article"),
    ("artykul", "article"),
    ("statya", "article"),
    ("clanek", "article"),
    ("makale", "article"),
    ("wenzhang", "article"),
    ("noticia", "story"),
    ("materia", "story"),
    ("haber", "story"),
    ("beitrag", "post"),
    ("cuerpo", "body"),
    ("corpo", "body"),
    ("texto", "text"),
    ("testo", "text"),
    ("texte", "text"),
    ("tekst", "text"),
    ("konten", "content"),
    ("continut", "content"),
    ("contingut", "content"),
    ("noidung", "content"),
    ("honbun", "content"),
    ("articol", "article"),
    ("kiji", "article"),
    ("berita", "story"),
    // Bylines
    ("autor", "author"),
    ("autorin", "author"),
    ("autoren", "author"),
    ("autores", "author"),
    ("autorzy", "author"),
    ("auteur", "author"),
    ("autore", "author"),
    ("avtor", "author"),
    ("yazar", "author"),
];

/// The English word a class/id word of another language is read as (compared ignoring ASCII
/// case), or `None` for a word not in [`OTHER_LANGUAGES`].
pub fn in_english(word: &str) -> Option<&'static str> {
    static TABLE: LazyKeyed<&str> = LazyKeyed::new(OTHER_LANGUAGES);
    TABLE.get_ignoring_case(word).copied()
}

/// The English words of a lower-cased "class id" string's words that have one, in order
/// ("noticias-relacionadas comentarios" -> "related", "comments").
pub fn translated(class_id: &str) -> impl Iterator<Item = &'static str> + '_ {
    words(class_id).filter_map(in_english)
}

/// The words of a class/id value: its parts between `-`, `_` and white space.
pub fn words(class_id: &str) -> impl Iterator<Item = &str> {
    class_id.split(|c: char| c == '-' || c == '_' || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_other_languages_are_read_in_english() {
        assert_eq!(in_english("comentarios"), Some("comments"));
        assert_eq!(in_english("Werbung"), Some("ad"));
        assert_eq!(in_english("RODAPE"), Some("footer"));
        assert_eq!(in_english("artikel"), Some("article"));
        assert_eq!(in_english("iklan"), Some("ad"));
        assert_eq!(in_english("binhluan"), Some("comments"));
        // Only whole words: a word holding one is not it.
        assert_eq!(in_english("comentariosx"), None);
        assert_eq!(in_english("comments"), None);
        assert_eq!(in_english(""), None);
        let got: Vec<&str> = translated("noticias-relacionadas box comentarios_lista").collect();
        assert_eq!(got, ["related", "comments"]);
    }

    #[test]
    fn the_table_is_lower_case_and_names_each_word_once() {
        let mut seen = std::collections::HashSet::new();
        for (word, english) in OTHER_LANGUAGES {
            assert!(
                word.bytes().all(|b| b.is_ascii_lowercase()),
                "{word} must be one lower-case ASCII word"
            );
            assert!(seen.insert(*word), "{word} is listed twice");
            assert_ne!(word, english);
        }
    }

    #[test]
    fn every_english_word_is_one_a_reader_knows() {
        use crate::boilerplate::rules::{CLASS_TOKENS, CONTENT_TOKENS};
        for (word, english) in OTHER_LANGUAGES {
            let known = CLASS_TOKENS.iter().any(|(t, _)| t == english)
                || CONTENT_TOKENS.contains(english)
                || *english == "author";
            assert!(known, "{word} is read as {english}, which nothing matches");
        }
    }
}
