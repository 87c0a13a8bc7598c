package org.ddc.dsl.conversion;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ddc.dsl.fix.UnitFixes;
import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Dimension;
import org.ddc.model.units.Duration;
import org.ddc.model.units.Frequency;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Power;
import org.ddc.model.units.Quantity;
import org.ddc.model.units.QuantityFormatException;
import org.ddc.model.units.RackSpace;
import org.ddc.rules.Fix;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the .ddc value rules: names (identifier or quoted string), yes/no, whole numbers and quantities with
 * units. A wrong or missing unit becomes a {@link UnitException} that the parser reports at the literal.
 */
public class DdcValueConverters extends DefaultTerminalConverters {
	private static final Pattern PLAIN_ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

	/** The grammar's keywords, which a name must not be written as; only writing needs them (not parsing). */
	private volatile Set<String> keywords;

	private Set<String> keywords() {
		Set<String> known = keywords;
		if (known == null) {
			known = GrammarUtil.getAllKeywords(getGrammar());
			keywords = known;
		}
		return known;
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.startsWith("\"") || string.startsWith("'") ? STRING().toValue(string, node)
						: ID().toValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				boolean plain = PLAIN_ID.matcher(value).matches() && !keywords().contains(value);
				return plain ? value : STRING().toString(value);
			}
		};
	}

	@ValueConverter(rule = "YesNo")
	public IValueConverter<Boolean> YesNo() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Boolean internalToValue(String string, INode node) {
				return "yes".equals(string);
			}

			@Override
			protected String internalToString(Boolean value) {
				return value ? "yes" : "no";
			}
		};
	}

	@ValueConverter(rule = "NoValue")
	public IValueConverter<Boolean> NoValue() {
		return constantFalse("none");
	}

	@ValueConverter(rule = "NotRequired")
	public IValueConverter<Boolean> NotRequired() {
		return constantFalse("not-required");
	}

	private static IValueConverter<Boolean> constantFalse(String keyword) {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Boolean internalToValue(String string, INode node) {
				return Boolean.FALSE;
			}

			@Override
			protected String internalToString(Boolean value) {
				return keyword;
			}
		};
	}

	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> SignedInt() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				String digits = string.replaceAll("\\s+", "");
				try {
					return Integer.valueOf(digits);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + digits + "' is not a whole number in range", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "DataSizeValue")
	public IValueConverter<DataSize> DataSizeValue() {
		return new QuantityConverter<>(Dimension.DATA_SIZE, DataSize::valueOf);
	}

	@ValueConverter(rule = "DataRateValue")
	public IValueConverter<DataRate> DataRateValue() {
		return new QuantityConverter<>(Dimension.DATA_RATE, DataRate::valueOf);
	}

	@ValueConverter(rule = "FrequencyValue")
	public IValueConverter<Frequency> FrequencyValue() {
		return new QuantityConverter<>(Dimension.FREQUENCY, Frequency::valueOf);
	}

	@ValueConverter(rule = "PowerValue")
	public IValueConverter<Power> PowerValue() {
		return new QuantityConverter<>(Dimension.POWER, Power::valueOf);
	}

	@ValueConverter(rule = "PercentageValue")
	public IValueConverter<Percentage> PercentageValue() {
		return new QuantityConverter<>(Dimension.PERCENTAGE, Percentage::valueOf);
	}

	@ValueConverter(rule = "DurationValue")
	public IValueConverter<Duration> DurationValue() {
		return new QuantityConverter<>(Dimension.DURATION, Duration::valueOf);
	}

	@ValueConverter(rule = "IoRateValue")
	public IValueConverter<IoRate> IoRateValue() {
		return new QuantityConverter<>(Dimension.IO_RATE, IoRate::valueOf);
	}

	@ValueConverter(rule = "RackSpaceValue")
	public IValueConverter<RackSpace> RackSpaceValue() {
		return new QuantityConverter<>(Dimension.RACK_SPACE, RackSpace::valueOf);
	}

	/**
	 * A unit error in a quantity literal; reported with the issue code {@code DDC-UNIT} and, as issue data, the
	 * literal with each unit that fits.
	 */
	public static class UnitException extends ValueConverterException {
		private static final long serialVersionUID = 1L;
		private final transient List<Fix> fixes;

		public UnitException(String message, INode node, Exception cause, List<Fix> fixes) {
			super(message, node, cause);
			this.fixes = List.copyOf(fixes);
		}

		public List<Fix> fixes() {
			return fixes;
		}
	}

	private static final class QuantityConverter<Q extends Quantity> extends AbstractNullSafeConverter<Q> {
		private final Dimension dimension;
		private final Function<String, Q> parser;

		QuantityConverter(Dimension dimension, Function<String, Q> parser) {
			this.dimension = dimension;
			this.parser = parser;
		}

		@Override
		protected Q internalToValue(String string, INode node) {
			try {
				return parser.apply(string);
			} catch (QuantityFormatException e) {
				throw new UnitException(e.getMessage(), node, e, UnitFixes.of(string, dimension));
			}
		}

		@Override
		protected String internalToString(Q value) {
			return value.toString();
		}
	}
}
