using System.Text.Json;

namespace FinExtract.Pipeline;

/// <summary>
/// Reads one JSON object strictly: every key must be known, every value of the right type.
/// Problems are collected (never thrown) so that all of them are reported at once.
/// </summary>
public sealed class JsonReader
{
    private readonly string _file;
    private readonly List<ConfigError> _errors;

    /// <summary>Creates a reader reporting into <paramref name="errors"/>.</summary>
    public JsonReader(string file, List<ConfigError> errors)
    {
        _file = file;
        _errors = errors;
    }

    /// <summary>The file errors are reported against.</summary>
    public string File => _file;

    /// <summary>Records an error.</summary>
    public void Error(string path, string message, string hint = "") => _errors.Add(new ConfigError(_file, path, message, hint));

    /// <summary>Checks that <paramref name="obj"/> is an object with only the given keys.</summary>
    public bool ExpectObject(JsonElement obj, string path, params string[] knownKeys)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expected an object, found {Describe(obj)}", "write { ... } here");
            return false;
        }
        foreach (var p in obj.EnumerateObject())
        {
            if (Array.IndexOf(knownKeys, p.Name) < 0)
            {
                string near = Nearest(p.Name, knownKeys);
                Error($"{path}.{p.Name}", $"unknown key '{p.Name}'",
                    (near.Length > 0 ? $"did you mean '{near}'? " : "") + $"known keys here: {string.Join(", ", knownKeys)}");
            }
        }
        return true;
    }

    /// <summary>Reads an optional integer in [min, max].</summary>
    public long Int(JsonElement obj, string key, string path, long fallback, long min, long max)
    {
        if (!obj.TryGetProperty(key, out var v)) return fallback;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long n))
        {
            Error($"{path}.{key}", $"expected a whole number, found {Describe(v)}", $"write a number from {min} to {max}");
            return fallback;
        }
        if (n < min || n > max)
        {
            Error($"{path}.{key}", $"{n} is out of range", $"use a number from {min} to {max}");
            return fallback;
        }
        return n;
    }

    /// <summary>Reads an optional number in [min, max].</summary>
    public double Number(JsonElement obj, string key, string path, double fallback, double min, double max)
    {
        if (!obj.TryGetProperty(key, out var v)) return fallback;
        if (v.ValueKind != JsonValueKind.Number)
        {
            Error($"{path}.{key}", $"expected a number, found {Describe(v)}", $"write a number from {min} to {max}");
            return fallback;
        }
        double d = v.GetDouble();
        if (d < min || d > max)
        {
            Error($"{path}.{key}", $"{d.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range", $"use a number from {min} to {max}");
            return fallback;
        }
        return d;
    }

    /// <summary>Reads an optional boolean.</summary>
    public bool Bool(JsonElement obj, string key, string path, bool fallback)
    {
        if (!obj.TryGetProperty(key, out var v)) return fallback;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Error($"{path}.{key}", $"expected true or false, found {Describe(v)}", "write true or false without quotes");
        return fallback;
    }

    /// <summary>Reads an optional string.</summary>
    public string? String(JsonElement obj, string key, string path, bool required = false)
    {
        if (!obj.TryGetProperty(key, out var v))
        {
            if (required) Error(path, $"'{key}' is required", $"add \"{key}\": \"...\"");
            return null;
        }
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        Error($"{path}.{key}", $"expected a string, found {Describe(v)}", "put the value in double quotes");
        return null;
    }

    /// <summary>Reads an optional array of strings.</summary>
    public IReadOnlyList<string>? Strings(JsonElement obj, string key, string path)
    {
        if (!obj.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Array)
        {
            Error($"{path}.{key}", $"expected an array of strings, found {Describe(v)}", "write [\"a\", \"b\"]");
            return null;
        }
        var list = new List<string>();
        int i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!);
            else Error($"{path}.{key}[{i}]", $"expected a string, found {Describe(item)}", "put the value in double quotes");
            i++;
        }
        return list;
    }

    /// <summary>A short description of a JSON value's kind for messages.</summary>
    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Truncate(v.GetString() ?? "", 40)}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        JsonValueKind.Null => "null",
        _ => v.ValueKind.ToString(),
    };

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    /// <summary>The known name closest to <paramref name="name"/> by edit distance (≤ 3), or "".</summary>
    public static string Nearest(string name, IEnumerable<string> known)
    {
        string best = "";
        int bestD = 4;
        foreach (var k in known)
        {
            int d = Distance(name.ToLowerInvariant(), k.ToLowerInvariant());
            if (d < bestD) { bestD = d; best = k; }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
