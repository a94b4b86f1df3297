namespace FinExtract.Scraping;

/// <summary>The words that introduce a publication date or an update stamp (Resources/lexicon), read once for every reader.</summary>
public static class DateCues
{
    /// <summary>"Published", "Datum", "publié le": longest first, so the longest cue that fits is found first.</summary>
    public static readonly string[] Publication = Text.Lexicon.Read("date-cues.tsv").Select(r => r[0]).OrderByDescending(c => c.Length).ToArray();

    /// <summary>"Updated", "aktualisiert", "mis à jour".</summary>
    public static readonly string[] Update = Text.Lexicon.Read("date-update-cues.tsv").Select(r => r[0]).ToArray();
}
