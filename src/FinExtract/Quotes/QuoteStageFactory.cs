using System.Text.Json;
using FinExtract.Entities;
using FinExtract.Pipeline;

namespace FinExtract.Quotes;

/// <summary>
/// Builds the quote stage from pipeline.json: the reporting verbs (English, and other languages' added to the built-in ones) and the
/// shortest quotation kept without attribution.
/// </summary>
public sealed partial class QuoteStageFactory : IStageFactory
{
    /// <summary>The reporting verbs used when pipeline.json names none.</summary>
    public static readonly string[] DefaultVerbs = Text.ReportingVerbs.All;

    /// <inheritdoc />
    public string Name => "quotes";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires { get; } = new[] { EntityStage.EntitiesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Provides { get; } = new[] { QuoteStage.QuotesLayer };
    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = new[] { "verbs", "languageVerbs", "minWords", "model", "minConfidence" };

    /// <inheritdoc />
    public IStage? Create(JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader)
    {
        var verbs = reader.Strings(entry, "verbs", jsonPath) ?? DefaultVerbs;
        for (int i = 0; i < verbs.Count; i++)
            if (!IsVerb(verbs[i], apostrophes: false))
                reader.Error($"{jsonPath}.verbs[{i}]", $"'{verbs[i]}' is not a reporting verb",
                "write the verb as it appears in text, letters only, e.g. \"said\"");
        var languageVerbs = LanguageVerbs(entry, jsonPath, reader);
        double minWords = reader.Number(entry, "minWords", jsonPath, 4, 1, 100);
        double minConfidence = reader.Number(entry, "minConfidence", jsonPath, 0.5, 0, 1);
        var model = ConfigLoader.LoadModel(reader, entry, "model", jsonPath, config, "quote-kinds", Learning.QuoteKindModel.Load);
        return new QuoteStage(verbs, (int)minWords, model, minConfidence, languageVerbs);
    }

    /// <summary>
    /// "languageVerbs": {"de": ["entgegnete"], "sv": ["sa", "säger"]}: reporting verbs of other languages by their language code,
    /// added to Resources/lexicon/reporting-verbs-languages.tsv (a language the list lacks gets the verbs alone).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>>? LanguageVerbs(JsonElement entry, string jsonPath, JsonReader reader)
    {
        if (!entry.TryGetProperty("languageVerbs", out var v)) return null;
        string path = jsonPath + ".languageVerbs";
        if (v.ValueKind != JsonValueKind.Object)
        {
            reader.Error(path, $"expected an object, found {JsonReader.Describe(v)}", "write {\"de\": [\"sagte\"], \"fr\": [\"a déclaré\"]}");
            return null;
        }
        var byLanguage = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var language in v.EnumerateObject())
        {
            if (!LanguageCode().IsMatch(language.Name))
                reader.Error($"{path}.{language.Name}", $"'{language.Name}' is not a language code", "use the two- or three-letter code, e.g. \"de\"");
            var verbs = reader.Strings(v, language.Name, path) ?? [];
            for (int i = 0; i < verbs.Count; i++)
                if (!IsVerb(verbs[i], apostrophes: true))
                    reader.Error($"{path}.{language.Name}[{i}]", $"'{verbs[i]}' is not a reporting verb",
                        "write the verb as it appears in text, letters only, e.g. \"sagte\"");
            byLanguage[language.Name] = verbs;
        }
        return byLanguage;
    }

    /// <summary>
    /// Whether a configured verb is written as text writes it: letters, spaces and hyphens, and apostrophes where the language elides
    /// ("s'exclame").
    /// </summary>
    private static bool IsVerb(string verb, bool apostrophes) => !string.IsNullOrWhiteSpace(verb)
        && verb.All(ch => char.IsLetter(ch) || ch is ' ' or '-' || apostrophes && ch is '\'' or '’');

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2,3}$")]
    private static partial System.Text.RegularExpressions.Regex LanguageCode();
}
