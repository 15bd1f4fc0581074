// Samspill design tokens. Generated from tokens/src by scripts/platforms.mjs: do not edit.
package samspill.tokens

import androidx.compose.runtime.Immutable
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp

/** The colours of one Samspill theme: pick SamspillLightColors, SamspillDarkColors or SamspillHighContrastColors. */
@Immutable
data class SamspillColors(
    val textDefault: Color,
    val surfaceDefault: Color,
    val surfaceOverlay: Color,
    val actionPrimaryBackground: Color,
    val actionPrimaryText: Color,
)

val SamspillLightColors = SamspillColors(
    textDefault = Color(0xff1b1f24),
    surfaceDefault = Color(0xffffffff),
    surfaceOverlay = Color(0xa61b1f24),
    actionPrimaryBackground = Color(0xff0b5cad),
    actionPrimaryText = Color(0xffffffff),
)

val SamspillDarkColors = SamspillColors(
    textDefault = Color(0xffeef0f3),
    surfaceDefault = Color(0xff14171b),
    surfaceOverlay = Color(0xa61b1f24),
    actionPrimaryBackground = Color(0xff8cc2ff),
    actionPrimaryText = Color(0xff14171b),
)

val SamspillHighContrastColors = SamspillColors(
    textDefault = Color(0xff000000),
    surfaceDefault = Color(0xffffffff),
    surfaceOverlay = Color(0xa61b1f24),
    actionPrimaryBackground = Color(0xff0000c8),
    actionPrimaryText = Color(0xffffffff),
)

/** Samspill sizes (1rem is 16 dp; font sizes in sp), the same in every theme. */
object SamspillSizes {
    val fontSizeMd = 16.sp
    val space4 = 16.dp
    val radiusMd = 4.dp
}
