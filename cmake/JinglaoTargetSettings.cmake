# Settings every Jinglao target shares: strict Qt string handling, warnings, sanitizers, fuzzing.
function(jinglao_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        JINGLAO_VERSION="${PROJECT_VERSION}")
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                 -Wold-style-cast -Wcast-align -Woverloaded-virtual)
        if(JINGLAO_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        if(JINGLAO_SANITIZE)
            target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                     -fno-sanitize-recover=undefined)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
        if(JINGLAO_FUZZ)
            # Coverage for libFuzzer in every target; the fuzz programs add -fsanitize=fuzzer (the
            # runtime and its main) at link time. Any UB aborts, so that libFuzzer keeps the input.
            target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                                                     -fno-sanitize-recover=all -fno-omit-frame-pointer)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
    endif()
endfunction()
