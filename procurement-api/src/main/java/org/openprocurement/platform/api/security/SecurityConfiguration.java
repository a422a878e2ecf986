package org.openprocurement.platform.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprocurement.platform.api.organisation.OrganisationDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call what. The public reads disclosure, organisations, the API description and health without
 * signing in; everything else needs a user. Demo mode signs in with HTTP Basic against the documented demo
 * accounts; {@code jwt} mode is an OAuth2 resource server trusting the configured issuer.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SecurityProperties.class, OrganisationDirectory.class})
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, Actors actors, ObjectMapper json)
            throws Exception {
        ProblemSecurityHandlers problems =
                new ProblemSecurityHandlers(json, properties.jwt() ? "Bearer" : "Basic realm=\"procurement\"");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET, "/api/public/**", "/api/organisations/**", "/api/tenders/**")
                        .permitAll()
                        // Decided complaints are published; the controller hides undecided ones from the public.
                        .requestMatchers(HttpMethod.GET, "/api/complaints/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/evaluations")
                        .permitAll()
                        // Anyone may comment on a published process without signing in, auditors excepted.
                        .requestMatchers(HttpMethod.POST, "/api/public/processes/*/comments")
                        .access((authentication, context) ->
                                new AuthorizationDecision(authentication.get().getAuthorities().stream()
                                        .noneMatch(a -> AUDITOR.equals(a.getAuthority()))))
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        // The public portal: server-rendered pages without login.
                        .requestMatchers(HttpMethod.GET, "/", "/processes/**", "/spend")
                        .permitAll()
                        // Anyone may ask for disclosure without login; an auditor, who changes nothing, is refused.
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/public/processes/*/disclosure-requests",
                                "/processes/*/disclosure-requests")
                        .access((authentication, context) ->
                                new AuthorizationDecision(authentication.get().getAuthorities().stream()
                                        .noneMatch(a -> AUDITOR.equals(a.getAuthority()))))
                        // Auditors read everything and change nothing: every command is 403 to them.
                        .requestMatchers(SecurityConfiguration::command)
                        .access((authentication, context) -> new AuthorizationDecision(
                                AUTHENTICATED.check(authentication, context).isGranted()
                                        && authentication.get().getAuthorities().stream()
                                                .noneMatch(a -> AUDITOR.equals(a.getAuthority()))))
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (properties.jwt()) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(jwt -> List.of(new SimpleGrantedAuthority(
                    "ROLE_" + actors.fromJwt(jwt).role().name())));
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    private static final String AUDITOR = "ROLE_" + Role.AUDITOR.name();
    private static final AuthenticatedAuthorizationManager<RequestAuthorizationContext> AUTHENTICATED =
            AuthenticatedAuthorizationManager.authenticated();

    /** A request that would change something: any method but GET, HEAD and OPTIONS on the API. */
    private static boolean command(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getRequestURI().startsWith("/api/")
                && !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DemoPasswordEncoder();
    }

    @Bean
    UserDetailsService demoUsers(
            SecurityProperties properties, OrganisationDirectory organisations, PasswordEncoder encoder) {
        if (properties.jwt()) {
            return username -> {
                throw new UsernameNotFoundException("Demo accounts are disabled in jwt mode");
            };
        }
        Set<String> unknown = properties.demoAccounts().stream()
                .map(DemoAccount::organisation)
                .filter(id -> organisations.find(id).isEmpty())
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Demo accounts name unknown organisations: " + unknown);
        }
        var users = properties.demoAccounts().stream()
                .collect(Collectors.toMap(
                        DemoAccount::username,
                        a -> new ActorUser(
                                new Actor(a.username(), a.organisation(), a.role()), encoder.encode(a.password()))));
        return username -> {
            ActorUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("Unknown user");
            }
            return new ActorUser(user.actor(), user.getPassword());
        };
    }
}
