package dev.boxoffice.serve;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** How much time a JVM's JIT compilers have spent compiling, the signal that a warm-up has done its work. */
interface JitActivity {
    /** Milliseconds spent compiling since the JVM started (summed over compiler threads). */
    long compileMillis();

    /** Whether {@link #compileMillis} means anything: some JVMs do not measure it. */
    boolean measurable();

    /** This JVM's compilers, as {@link CompilationMXBean} reports them. */
    static JitActivity ofThisJvm() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        boolean measurable = bean != null && bean.isCompilationTimeMonitoringSupported();
        return new JitActivity() {
            @Override
            public long compileMillis() {
                return measurable ? bean.getTotalCompilationTime() : 0;
            }

            @Override
            public boolean measurable() {
                return measurable;
            }
        };
    }
}
