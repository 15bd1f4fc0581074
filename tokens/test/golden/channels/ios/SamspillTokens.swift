// Samspill design tokens. Generated from tokens/src by scripts/platforms.mjs: do not edit.
import UIKit

/// Samspill colours. Each follows the system: light, dark, and the high-contrast theme when Increase Contrast is on.
/// In SwiftUI use `Color(uiColor: SamspillColor.textDefault)`.
public enum SamspillColor {
    /// color.text.default: Body text.
    public static let textDefault = dynamic(
        light: UIColor(red: 0.106, green: 0.122, blue: 0.141, alpha: 1),
        dark: UIColor(red: 0.933, green: 0.941, blue: 0.953, alpha: 1),
        highContrast: UIColor(red: 0.000, green: 0.000, blue: 0.000, alpha: 1)
    )

    /// color.surface.default
    public static let surfaceDefault = dynamic(
        light: UIColor(red: 1.000, green: 1.000, blue: 1.000, alpha: 1),
        dark: UIColor(red: 0.078, green: 0.090, blue: 0.106, alpha: 1),
        highContrast: UIColor(red: 1.000, green: 1.000, blue: 1.000, alpha: 1)
    )

    /// color.surface.overlay
    public static let surfaceOverlay = dynamic(
        light: UIColor(red: 0.106, green: 0.122, blue: 0.141, alpha: 0.6509803921568628),
        dark: UIColor(red: 0.106, green: 0.122, blue: 0.141, alpha: 0.6509803921568628),
        highContrast: UIColor(red: 0.106, green: 0.122, blue: 0.141, alpha: 0.6509803921568628)
    )

    /// color.action.primary.background
    public static let actionPrimaryBackground = dynamic(
        light: UIColor(red: 0.043, green: 0.361, blue: 0.678, alpha: 1),
        dark: UIColor(red: 0.549, green: 0.761, blue: 1.000, alpha: 1),
        highContrast: UIColor(red: 0.000, green: 0.000, blue: 0.784, alpha: 1)
    )

    /// color.action.primary.text
    public static let actionPrimaryText = dynamic(
        light: UIColor(red: 1.000, green: 1.000, blue: 1.000, alpha: 1),
        dark: UIColor(red: 0.078, green: 0.090, blue: 0.106, alpha: 1),
        highContrast: UIColor(red: 1.000, green: 1.000, blue: 1.000, alpha: 1)
    )

    private static func dynamic(light: UIColor, dark: UIColor, highContrast: UIColor) -> UIColor {
        UIColor { traits in
            if traits.accessibilityContrast == .high { return highContrast }
            return traits.userInterfaceStyle == .dark ? dark : light
        }
    }
}

/// Samspill sizes in points (1rem is 16 pt); the same in every theme.
public enum SamspillSize {
    public static let fontSizeMd: CGFloat = 16
    public static let space4: CGFloat = 16
    public static let radiusMd: CGFloat = 4
}
