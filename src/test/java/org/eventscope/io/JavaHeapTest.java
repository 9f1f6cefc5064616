package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaHeapTest {

    @Test
    void theAppImageIsGivenMoreThroughTheEnvironmentAndAJarOnJavasCommandLine() {
        assertThat(JavaHeap.setting("/opt/eventscope/bin/eventscope", 3000)).isEqualTo("JAVA_TOOL_OPTIONS=-Xmx3g");
        assertThat(JavaHeap.setting("C:\\Program Files\\Eventscope\\Eventscope.exe", 100))
                .isEqualTo("JAVA_TOOL_OPTIONS=-Xmx1g");
        assertThat(JavaHeap.setting(null, 3000)).isEqualTo("java -Xmx3g -jar eventscope.jar");
        assertThat(JavaHeap.setting("", 3000)).isEqualTo("java -Xmx3g -jar eventscope.jar");
    }

    @Test
    void theHeapSuggestedIsAtLeastWhatIsAskedInWholeGigabytes() {
        assertThat(JavaHeap.setting(null, 0)).isEqualTo("java -Xmx1g -jar eventscope.jar");
        assertThat(JavaHeap.setting(null, 1024)).isEqualTo("java -Xmx1g -jar eventscope.jar");
        assertThat(JavaHeap.setting(null, 1025)).isEqualTo("java -Xmx2g -jar eventscope.jar");
        assertThat(JavaHeap.setting(null, 8192)).isEqualTo("java -Xmx8g -jar eventscope.jar");
    }
}
