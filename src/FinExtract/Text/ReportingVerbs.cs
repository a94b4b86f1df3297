namespace FinExtract.Text;

/// <summary>
/// The reporting verbs and phrases of Resources/lexicon/reporting-verbs.tsv ("said", "told", "was quoted as saying"), read once for
/// the stages that use them: the quotes stage's default verbs, and the entity stage's test of a name that speaks.
/// </summary>
public static class ReportingVerbs
{
    /// <summary>Every verb and phrase, in the file's order.</summary>
    public static readonly string[] All = Lexicon.Read("reporting-verbs.tsv").Select(r => r[0]).ToArray();
}
