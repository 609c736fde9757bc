/** Health checks of a running hub for load balancers and orchestrators ({@code /health}). */
package fi.polku.hub.health;
