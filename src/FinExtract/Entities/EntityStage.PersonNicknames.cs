using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>People named with a nickname in quotation marks between the given name and the surname ("Ivo “Tarn” Marsh").</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "Ivo "Tarn" Marsh", "Ana “The Hammer” Roe": a given name (typed a person or left open), a nickname in quotation marks and a capitalised
    /// surname are one person's mention, named without the nickname.
    /// </summary>
    private void PeopleWithNicknames(string body, List<Candidate> chosen)
    {
        for (int k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.Type is not ("PERSON" or "UNKNOWN") || c.Known != null || !_givenNames.Contains(body[c.Start..c.End])) continue;
            var m = NicknameAndSurname().Match(body, c.End, Math.Min(60, body.Length - c.End));
            if (!m.Success) continue;
            int end = m.Index + m.Length;
            chosen[k] = new Candidate(c.Start, end, "PERSON", Heuristics.GivenName);
            var whole = chosen[k];
            chosen.RemoveAll(x => x != whole && x.Start < end && x.End > c.Start);
            k = chosen.IndexOf(whole);
        }
    }

    /// <summary>The name without a nickname in quotation marks inside it ("Ivo “Tarn” Marsh": "Ivo Marsh").</summary>
    private static string WithoutNickname(string name) => name.Contains(' ') ? NicknameInside().Replace(name, "") : name;

    [GeneratedRegex(@"\G [""“]\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?[""”] \p{Lu}\p{Ll}[\p{L}'’-]*(?![\w'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex NicknameAndSurname();

    [GeneratedRegex(@" [""“][^""”]{1,40}[""”](?= )", RegexOptions.CultureInvariant)]
    private static partial Regex NicknameInside();
}
