using ArabicEntities.Text;

namespace ArabicEntities.Tests;

public class SmokeTests
{
    [Fact]
    public void Normalize_Smoke()
    {
        var n = ArabicNormalizer.Default.Normalize("الْمَغْرِبُ وإسرائيل ﻻ ﷲ ٢٠٢١");
        Assert.Equal("المغرب واسرائيل لا الله 2021", n.Text);
    }
}
