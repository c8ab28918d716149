using System.Text;

namespace ArabicEntities.Tests;

/// <summary>Random text over an alphabet dense in everything the normalizer and tokenizer treat specially.</summary>
internal static class RandomText
{
    private static readonly string Alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةـًٌٍَُِّْٰٱکی٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬،؛؟٪«»"
        + "ﻻﷲﺑﺴﻢﹰﷺﻷ\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u061C\u0610\u06D6\u06ED"
        + "abcXYZ0123456789 .,:;!?-/@()[]\"'\n\t\r\u00A0$%+=#_\uD83D\uDE00";

    public static string Generate(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append(random.Next(6) == 0 ? ' ' : Alphabet[random.Next(Alphabet.Length)]);
        }

        return sb.ToString();
    }
}
