using System.Globalization;

namespace ArabicEntities.Training;

/// <summary><c>--name value</c> arguments of a training verb, with typed getters that fail clearly.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public CommandArguments(IReadOnlyList<string> arguments)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            string name = arguments[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(name);
                continue;
            }

            bool hasValue = i + 1 < arguments.Count && !arguments[i + 1].StartsWith("--", StringComparison.Ordinal);
            _values[name[2..]] = hasValue ? arguments[++i] : "true";
        }
    }

    /// <summary>Parses an option's value as a positive integer, failing with a message that names the option.</summary>
    /// <exception cref="FormatException">When the value is not a positive integer.</exception>
    public static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : throw new FormatException($"{name} needs a positive integer, not '{value}'");

    /// <summary>Gets whether help was asked for (<c>--help</c> or <c>-h</c>).</summary>
    public bool WantsHelp => _values.ContainsKey("help") || Positional.Contains("-h");

    /// <summary>Fails on an option the verb does not read, so a misspelt one does not silently fall back to a default.</summary>
    /// <param name="known">The option names the verb reads (without the leading <c>--</c>).</param>
    /// <exception cref="ArgumentException">When an option is not among <paramref name="known"/>.</exception>
    public void RequireKnown(params string[] known)
    {
        string[] unknown = [.. _values.Keys.Where(name => !known.Contains(name, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown option{(unknown.Length > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(name => "--" + name))}; it reads {string.Join(", ", known.Select(name => "--" + name))}");
        }
    }

    /// <summary>Gets the arguments that are not options.</summary>
    public List<string> Positional { get; } = [];

    public string Get(string name, string fallback) => _values.TryGetValue(name, out string? value) ? value : fallback;

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _values.ContainsKey(name);

    public float GetSingle(string name, float fallback) =>
        _values.TryGetValue(name, out string? value) ? float.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public int GetInt32(string name, int fallback) =>
        _values.TryGetValue(name, out string? value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
