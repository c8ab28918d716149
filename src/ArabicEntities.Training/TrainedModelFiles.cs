using ArabicEntities.NamedEntities;
using ArabicEntities.Resources;

namespace ArabicEntities.Training;

/// <summary>Reads what <c>train --out</c> writes: a named-entity model and, beside it, its entity memory.</summary>
internal static class TrainedModelFiles
{
    /// <summary>Reads a model file, or gives the embedded model when <paramref name="modelPath"/> is null.</summary>
    public static NerModel LoadModel(string? modelPath)
    {
        if (modelPath is null)
        {
            return NamedEntityRecognizer.Default.Model;
        }

        using FileStream stream = File.OpenRead(modelPath);
        return NerModel.Load(stream);
    }

    /// <summary>
    /// Gets the lexicon a model's features read, with the entity memory file written beside it when
    /// <paramref name="memoryPath"/> is given (otherwise the embedded memory, which belongs to the shipped model).
    /// </summary>
    public static NerLexicon Lexicon(NerModel model, string? memoryPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        var lexicon = NerLexicon.For(model.Features);
        if (memoryPath is null)
        {
            return lexicon;
        }

        using FileStream file = File.OpenRead(memoryPath);
        return lexicon.WithMemory(ResourceText.ReadCompressed(file, EntityMemory.Read));
    }
}
