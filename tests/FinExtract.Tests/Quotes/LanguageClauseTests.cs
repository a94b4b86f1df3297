namespace FinExtract.Tests.Quotes;

/// <summary>
/// Reporting clauses of articles in other languages than English (reporting-verbs-languages.tsv): the verb before its speaker after
/// the quotation, pronouns and verbs without a subject pointing back, and the clause before the quotation.
/// </summary>
public class LanguageClauseTests
{
    /// <summary>
    /// A sentence of each language to open a test's text with, so that the text is long enough for its language to be told (as an
    /// article is) and names no one.
    /// </summary>
    private static readonly Dictionary<string, string> Openings = new()
    {
        ["de"] = "Die Lage auf dem Markt ist nach wie vor schwierig, und die Unternehmen der Branche sind mit den Ergebnissen des Jahres nicht "
            + "zufrieden, weil die Kosten für Energie und Personal weiter gestiegen sind.\n\n",
        ["fr"] = "La situation sur le marché reste difficile et les entreprises du secteur ne sont pas satisfaites des résultats de l'année, car "
            + "les coûts de l'énergie et du personnel ont encore augmenté.\n\n",
        ["es"] = "La situación en el mercado sigue siendo difícil y las empresas del sector no están satisfechas con los resultados del año, "
            + "porque los costes de la energía y del personal han vuelto a subir.\n\n",
        ["it"] = "La situazione sul mercato resta difficile e le aziende del settore non sono soddisfatte dei risultati dell'anno, perché i "
            + "costi dell'energia e del personale sono ancora aumentati.\n\n",
        ["pt"] = "A situação no mercado continua difícil e as empresas do setor não estão satisfeitas com os resultados do ano, porque os "
            + "custos da energia e do pessoal voltaram a subir.\n\n",
        ["nl"] = "De situatie op de markt blijft moeilijk en de bedrijven in de sector zijn niet tevreden met de resultaten van het jaar, omdat "
            + "de kosten van energie en van het personeel opnieuw zijn gestegen.\n\n",
        ["sv"] = "Läget på marknaden är fortfarande svårt och företagen i branschen är inte nöjda med årets resultat, eftersom kostnaderna "
            + "för energi och personal har stigit igen. Det är inte säkert att det blir bättre.\n\n",
        ["pl"] = "Sytuacja na rynku jest nadal trudna, a firmy nie są zadowolone z wyników roku, ponieważ koszty energii, jak i pracowników, "
            + "znowu wzrosły. Nie jest to dobra wiadomość, a zarząd, który był na spotkaniu, nie wie, co przez to się stanie i jak firma ma się "
            + "do tego przygotować oraz od czego zacząć.\n\n",
        ["ru"] = "Ситуация на рынке по-прежнему сложная, и компании, которые работают в отрасли, не довольны результатами года, потому что "
            + "расходы снова выросли. Это было ясно ещё весной, как и то, что рынок был слабым, а его рост также был только временным. Что будет "
            + "дальше, пока не ясно, и это беспокоит инвесторов, которые ждали другого.\n\n",
        ["en"] = "The market has been difficult for most of the year, and the companies in the sector are not happy with their results, "
            + "because the costs of energy and of their staff have risen again.\n\n",
    };

    /// <summary>The article the shipped pipeline makes of <paramref name="text"/> after an opening in <paramref name="language"/>.</summary>
    private static FinExtract.Documents.Article Run(string language, string text)
    {
        var article = ShippedPipeline.Run(Openings[language] + text);
        Assert.Equal(language, article.Metadata.LanguageCode);
        return article;
    }

    [Theory]
    // German: the verb, a role, then the name
    [InlineData("de", "Die Tarvel AG hat am Dienstag ihre Zahlen für das vergangene Jahr vorgelegt. Der Umsatz stieg um zwei Prozent. "
        + "„Wir sind mit dem Jahr sehr zufrieden“, sagte Vorstandschef Ivo Marsh am Dienstag in Harlow.", "Ivo Marsh")]
    // German: a pronoun after the verb points back to the woman named before
    [InlineData("de", "Lena Quarles leitet das Werk in Harlow seit drei Jahren. Die Nachfrage ist im Herbst deutlich gestiegen. "
        + "„Wir suchen dringend neue Mitarbeiter für die Fertigung“, sagte sie der Zeitung am Montag.", "Lena Quarles")]
    // German: "so" after a comma
    [InlineData("de", "Die Zinsen bleiben nach Ansicht vieler Ökonomen noch lange hoch. Die Banken rechnen mit weiteren Schritten. "
        + "„Die Preise werden im nächsten Jahr weiter steigen“, so Kiyomi Tessaro, Chefvolkswirtin der Quellmark Bank.", "Kiyomi Tessaro")]
    // German: the verb and the name before the colon
    [InlineData("de", "Die Tarvel AG will ihre Fabrik in Harlow erweitern und dort zweihundert neue Stellen schaffen. "
        + "Dazu sagte Finanzvorstand Ivo Marsh am Mittwoch: „Wir bleiben dem Standort treu und investieren weiter.“", "Ivo Marsh")]
    // French: the clitic pronoun after the verb
    [InlineData("fr", "Ana Roe dirige la banque Quellmark depuis le mois de janvier et prépare une nouvelle stratégie pour le pays. "
        + "« Nous allons ouvrir dix agences cette année dans les grandes villes », explique-t-elle.", "Ana Roe")]
    // French: the auxiliary's inversion before the participle
    [InlineData("fr", "Ivo Marsh, le directeur financier du groupe Tarvel, a présenté les résultats du semestre jeudi matin à la presse. "
        + "« Le marché reste fragile mais nos ventes progressent », a-t-il déclaré.", "Ivo Marsh")]
    // Spanish: the verb without its subject is the person spoken of last
    [InlineData("es", "Ivo Marsh presentó el jueves los resultados de la empresa ante los accionistas en la sede de Harlow. "
        + "«Las ventas crecieron en todos los mercados en los que estamos presentes», dijo.", "Ivo Marsh")]
    // Italian: the next sentence names whose words they were
    [InlineData("it", "Il governo prepara una nuova legge sul lavoro che sarà presentata la prossima settimana in parlamento. "
        + "«Il mercato resta fragile e dobbiamo agire presto». Lo ha detto il ministro Ivo Marsh durante una conferenza stampa.", "Ivo Marsh")]
    // Portuguese: the verb, the name, an apposition
    [InlineData("pt", "A inflação voltou a subir no mês passado e os juros devem continuar altos por mais tempo, segundo os analistas. "
        + "«O mercado está calmo, mas os riscos continuam», afirmou Ana Roe, economista do banco Quellmark.", "Ana Roe")]
    // Italian: a surname after its role and before more words, of a person the article names in full before
    [InlineData("it", "Ivo Marsh è arrivato ieri a Roma per incontrare i sindacati e le imprese del settore. "
        + "«Il governo non lascerà sole le famiglie», ha detto il sindaco Marsh durante la visita a Radio Tarn.", "Ivo Marsh")]
    // Dutch: "aldus" after the quotation
    [InlineData("nl", "Ana Roe leidt het bedrijf sinds vorig jaar en wil in Harlow een nieuwe fabriek bouwen. "
        + "„De vraag naar onze producten blijft groot”, aldus Ana Roe tegen de krant.", "Ana Roe")]
    // Swedish: a pronoun after the verb
    [InlineData("sv", "Ana Roe har lett företaget sedan förra året och vill bygga en ny fabrik i Harlow. "
        + "“Efterfrågan på våra produkter är fortfarande stor”, säger hon till tidningen.", "Ana Roe")]
    // Polish: the verb with no subject, after a dash
    [InlineData("pl", "Ivo Marsh kieruje firmą od zeszłego roku i chce zbudować nową fabrykę w Harlow. "
        + "„Popyt na nasze produkty jest nadal duży” – dodał.", "Ivo Marsh")]
    // German and French: a sentence that opens with its source
    [InlineData("de", "Die Stadt Harlow hat den Verkehr über den Fluss am Montag eingestellt. "
        + "Laut Bürgermeister Ivo Marsh bleibt die Brücke „bis zum Frühjahr gesperrt“.", "Ivo Marsh")]
    [InlineData("fr", "Les ventes du groupe Tarvel ont reculé au premier trimestre dans toutes les régions. "
        + "Selon Ana Roe, « le marché restera fragile pendant toute l'année ».", "Ana Roe")]
    public void TheClauseOfTheArticlesLanguage_NamesTheSpeaker(string language, string text, string speaker)
    {
        var q = Assert.Single(Run(language, text).Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.StartsWith("quotes.lang.", q.Rule);
    }

    [Fact]
    public void AnIndefiniteSpeaker_IsNotNamed_NorTheSpeakerBefore()
    {
        var article = Run("es", "Ivo Marsh presentó el jueves los resultados de la empresa ante los accionistas en Harlow. "
            + "«Las ventas crecieron en todos los mercados en los que estamos presentes», dijo un portavoz de la empresa.");
        var q = Assert.Single(article.Quotes);
        Assert.Equal("", q.Speaker);
        Assert.Equal("quotes.unnamed-speaker", q.Rule);
    }

    [Theory]
    // a person after a preposition is the clause's object
    [InlineData("de", "Der Verein hat am Montag seinen neuen Kapitän vorgestellt. Die Mannschaft trifft am Samstag auf Harlow. "
        + "„Er ist ein starker Spieler und ein guter Mensch“, sagte der Trainer über Ivo Marsh.", "Ivo Marsh")]
    // a person before a clause of its own is not the subject of the verb in it
    [InlineData("it", "Il negoziato è fermo da settimane e le parti non si parlano più da quando è iniziata la crisi. "
        + "Lena Quarles è convinta che il sindaco ha detto ai cittadini: «il ponte resterà chiuso fino a maggio».", "Lena Quarles")]
    // a person inside a clause of its own is not the subject of the verb after it
    [InlineData("de", "Die Firma will ihr Werk in Harlow erweitern. Ana Roe glaubt, dass Ivo Marsh die Pläne unterstützt, "
        + "erklärte der Vorstand am Montag: „Wir bauen die neue Halle im Frühjahr.“", "Ivo Marsh")]
    // a verb in a relative clause speaks for whom the clause describes, not for the sentence's subject
    [InlineData("de", "Die Stadt Harlow plant eine neue Brücke über den Fluss. Ana Roe traf am Markt eine Händlerin, "
        + "die ihr sofort erklärte: „Ohne die Brücke verliere ich die Hälfte meiner Kunden.“", "Ana Roe")]
    // a source the entity stage left open after "laut", then the clause's own subject
    [InlineData("de", "Der Konzern will im nächsten Jahr neue Batterien auf den Markt bringen. "
        + "Laut Tarn-News plant Ivo Marsh, „die Kosten um ein Drittel zu senken“.", "Ivo Marsh")]
    public void APersonTheClauseOnlyMentions_IsNotItsSpeaker(string language, string text, string mentioned) =>
        Assert.DoesNotContain(Run(language, text).Quotes, q => q.Speaker == mentioned);

    [Fact]
    public void TheClosingGuillemetOfGermanReversedMarks_OpensNoQuotation()
    {
        var article = Run("de", "Der Vorstand der Tarvel AG gab am Montag die Richtung für das neue Jahr vor: »Mit voller Kraft voran!« "
            + "Die Firma will in Harlow zweihundert neue Stellen schaffen und die Fabrik bis zum Sommer erweitern.");
        Assert.DoesNotContain(article.Quotes, q => article.Body[q.Start..q.End].TrimStart().StartsWith("Die Firma", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerbAddedInPipelineJson_AttributesInArticlesOfItsLanguage()
    {
        const string text = "Der Trainer Ivo Marsh hat am Montag seine Mannschaft für das Spiel am Samstag vorgestellt. "
            + "„Wir werden alles geben, um dieses Spiel zu gewinnen“, raunte Ivo Marsh den Reportern zu.";
        var plain = ShippedPipeline.Run(Openings["de"] + text);
        Assert.DoesNotContain(plain.Quotes, q => q.Rule.StartsWith("quotes.lang.", StringComparison.Ordinal));
        var added = ShippedPipeline.RunWith(json =>
        {
            const string Stage = "{\"name\":\"quotes\",";
            Assert.Contains(Stage, json);
            return json.Replace(Stage, Stage + "\"languageVerbs\":{\"de\":[\"raunte\"]},", StringComparison.Ordinal);
        }, Openings["de"] + text);
        var q = Assert.Single(added.Quotes);
        Assert.Equal(("Ivo Marsh", "quotes.lang.after.verb-speaker"), (q.Speaker, q.Rule));
    }

    [Fact]
    public void AnEnglishArticle_KeepsTheEnglishClauses()
    {
        var q = Assert.Single(Run("en", "Tarvel Ltd reported its results on Tuesday and said demand had held up in every market it serves. "
            + "\"We are pleased with the year,\" said chief executive Ivo Marsh.").Quotes);
        Assert.Equal("Ivo Marsh", q.Speaker);
        Assert.DoesNotContain("lang", q.Rule);
    }
}
