package org.eventscope;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void withoutADisplayAWordThatIsNoCommandGetsOneLineAndExitTwo() {
        for (String[] args : new String[][]{{"frobnicate"}, {"chek", "data/geneva-2022.json"}, {}}) {
            ChildJvm.Result r = new ChildJvm().run(Main.class.getName(), args);
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("eventscope: no display: to open the window")
                    .contains("commands are check, export-chart, export-timeline")
                    .doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aDisplayIsAnXServerOrAWaylandCompositorOnLinuxAndAlwaysThereOnMacOsAndWindows() {
        assertThat(Display.available("Linux", Map.of(), null)).isFalse();
        assertThat(Display.available("Linux", Map.of("DISPLAY", ""), null)).isFalse();
        assertThat(Display.available("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(Display.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
        assertThat(Display.available("FreeBSD", Map.of(), null)).isFalse();
        assertThat(Display.available("Mac OS X", Map.of(), null)).isTrue();
        assertThat(Display.available("Windows 11", Map.of(), null)).isTrue();
        // The headless platform, asked for explicitly (as the tests do), needs no display.
        assertThat(Display.available("Linux", Map.of(), "Monocle")).isTrue();
    }
}
